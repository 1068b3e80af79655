package com.icpportal.changeorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import com.icpportal.account.Role;
import com.icpportal.filing.CertificateType;
import com.icpportal.filing.Filings;
import com.icpportal.filing.SubjectDetails;
import com.icpportal.filing.SubjectType;
import com.icpportal.filing.WebsiteDetails;
import com.icpportal.province.ProvinceRules;
import com.icpportal.province.ProvinceRulesChange;
import com.icpportal.province.Provinces;
import com.icpportal.support.OrderSteps;
import com.icpportal.support.PortalTest;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;
import com.icpportal.support.TestData.TestFiling;

/** The service API over the real database: proposals, submission with the rules snapshot, decisions. */
@PortalTest
@RecordApplicationEvents
class ChangeOrdersTest {

    @Autowired
    ChangeOrders changeOrders;

    @Autowired
    ProviderDecisions decisions;

    @Autowired
    Filings filings;

    @Autowired
    Provinces provinces;

    @Autowired
    TestData testData;

    @Autowired
    OrderSteps steps;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    TestAccount applicant;
    Actor actor;
    Actor reviewer;

    @BeforeEach
    void people() {
        applicant = testData.account("applicant", Role.APPLICANT);
        actor = Actor.applicant(applicant.id());
        reviewer = Actor.reviewer(testData.account("reviewer", Role.REVIEWER).id());
    }

    @Test
    void aProposalChangingProvinceSubjectTypeOrCertificateIsRefused() {
        TestFiling filing = testData.beijingFiling(applicant, "北京不可变有限公司", TestData.uniqueDomain("fixed"));
        UUID orderId = changeOrders.start(actor, filing.id(), ChangeType.SUBJECT_CHANGE, null);
        SubjectDetails current = filings.subject(filing.id()).details();

        SubjectDetails otherType = current.withSubjectType(SubjectType.INDIVIDUAL);
        SubjectDetails otherCertificate =
                current.withCertificateType(CertificateType.USCC).withCertificateNumber("91350100M000100Y43");
        SubjectDetails otherProvince = current.withCityCode("310100").withDistrictCode("310115");

        assertThatThrownBy(() -> changeOrders.saveSubject(actor, orderId, 0, otherType, Section.SUBJECT))
                .isInstanceOfSatisfying(
                        ImmutableFieldException.class,
                        e -> assertThat(e.fieldKey()).isEqualTo("subject.subjectType"));
        assertThatThrownBy(() -> changeOrders.saveSubject(actor, orderId, 0, otherCertificate, Section.SUBJECT))
                .isInstanceOfSatisfying(
                        ImmutableFieldException.class,
                        e -> assertThat(e.fieldKey()).isEqualTo("subject.certificateNumber"));
        assertThatThrownBy(() -> changeOrders.saveSubject(actor, orderId, 0, otherProvince, Section.SUBJECT))
                .isInstanceOfSatisfying(
                        ImmutableFieldException.class,
                        e -> assertThat(e.fieldKey()).isEqualTo("subject.provinceCode"));
        assertThat(changeOrders.findForApplicant(applicant.id(), orderId).proposedSubject())
                .isEqualTo(current);
    }

    @Test
    void anInvalidSectionIsNotSavedAndSaysWhichFields() {
        TestFiling filing = testData.beijingFiling(applicant, "北京校验有限公司", TestData.uniqueDomain("check"));
        UUID websiteId = filings.subject(filing.id()).websites().get(0).id();
        UUID orderId = changeOrders.start(actor, filing.id(), ChangeType.WEBSITE_CHANGE, websiteId);
        WebsiteDetails current =
                changeOrders.findForApplicant(applicant.id(), orderId).proposedWebsite();
        WebsiteDetails bad = new WebsiteDetails("example", current.principal(), List.of(), List.of(), false, "短");

        ValidationResult result =
                changeOrders.saveWebsite(actor, orderId, 0, bad, List.of("bad domain"), Section.WEBSITE);

        assertThat(result.violations())
                .extracting(Violation::fieldKey)
                .containsExactlyInAnyOrder(
                        "website.name", "website.serviceTypes", "website.preApprovalItems", "website.comment");
        assertThat(changeOrders
                        .saveWebsite(actor, orderId, 0, current, List.of("bad domain"), Section.DOMAINS)
                        .violations())
                .extracting(Violation::fieldKey)
                .containsExactly("domains[0].name");
        ChangeOrderView unchanged = changeOrders.findForApplicant(applicant.id(), orderId);
        assertThat(unchanged.proposedWebsite()).isEqualTo(current);
        assertThat(unchanged.version()).isZero();
    }

    @Test
    void submittingCopiesTheRulesInForceAndLaterRuleChangesDoNotTouchIt() {
        ProvinceRules tianjin = provinces.find("120000").orElseThrow();
        assertThat(tianjin.smsVerificationRequired()).isTrue();
        TestFiling filing = testData.filing(
                applicant, "120000", "津", "120100", "120101", "天津规则有限公司", TestData.uniqueDomain("tianjin"));
        UUID orderId = changeOrders.start(actor, filing.id(), ChangeType.SUBJECT_CHANGE, null);
        assertThatThrownBy(() -> changeOrders.submit(actor, orderId, 0))
                .as("submission is refused while a document is missing, naming which")
                .isInstanceOfSatisfying(
                        ProposalInvalidException.class,
                        e -> assertThat(e.result().violations())
                                .extracting(Violation::fieldKey)
                                .contains(
                                        "document:ID_CARD_FRONT",
                                        "document:ID_CARD_BACK",
                                        "document:BUSINESS_LICENCE",
                                        "document:AUTHENTICITY_COMMITMENT"));
        testData.attachRequiredDocuments(applicant.id(), orderId);
        ChangeOrderView submitted = changeOrders.submit(actor, orderId, 0);
        decisions.claim(reviewer, orderId);
        assertThat(submitted.state()).isEqualTo(OrderState.PROVIDER_REVIEW);
        assertThat(submitted.rules().smsVerificationRequired()).isTrue();
        assertThat(submitted.dueAt()).isAfter(submitted.submittedAt());

        ProvinceRules changed = provinces.update(
                "120000", ProvinceRulesChange.from(tianjin).withSmsVerificationRequired(false), tianjin.version());
        try {
            steps.order(applicant, orderId).reviewer(reviewer).inState(OrderState.SMS_VERIFICATION);
            ChangeOrderView order = decisions.find(orderId);

            assertThat(order.rules().smsVerificationRequired()).isTrue();
            assertThat(order.state()).isEqualTo(OrderState.SMS_VERIFICATION);
            assertThat(order.dueAt())
                    .isEqualTo(order.timeline()
                            .get(order.timeline().size() - 1)
                            .occurredAt()
                            .plus(AdministrationRecords.SMS_WINDOW));
            assertThat(jdbc.queryForObject(
                            "select rules_sms_verification_required from change_order where id = ?",
                            Boolean.class,
                            orderId))
                    .isTrue();

            TestFiling later = testData.filing(
                    applicant, "120000", "津", "120100", "120101", "天津后来有限公司", TestData.uniqueDomain("later"));
            UUID laterOrder = steps.subjectChange(applicant, later.id()).submitted();
            assertThat(decisions.find(laterOrder).rules().smsVerificationRequired())
                    .isFalse();
        } finally {
            provinces.update("120000", ProvinceRulesChange.from(tianjin), changed.version());
        }
    }

    @Test
    void everyStepIsRecordedAndPublished() {
        TestFiling filing = testData.beijingFiling(applicant, "北京事件有限公司", TestData.uniqueDomain("events"));
        UUID orderId =
                steps.subjectChange(applicant, filing.id()).reviewer(reviewer).claimed();
        ChangeOrderView order = decisions.returnForCorrection(
                reviewer,
                orderId,
                steps.version(orderId),
                List.of(new Reason("principal.mobile", "电话无法接通", "请更换为常用手机号")),
                "called at 10:00");

        assertThat(events.stream(ChangeOrderEvent.Started.class))
                .anyMatch(event -> event.orderId().equals(orderId));
        assertThat(events.stream(ChangeOrderEvent.Submitted.class))
                .anyMatch(event -> event.orderId().equals(orderId));
        assertThat(events.stream(ChangeOrderEvent.ReturnedForCorrection.class))
                .anyMatch(event -> event.orderId().equals(orderId)
                        && event.reasons().get(0).fieldKey().equals("principal.mobile"));
        assertThat(order.timeline())
                .extracting(TransitionView::action)
                .containsExactly(Action.START, Action.SUBMIT, Action.RETURN);
        assertThat(order.currentReasons()).extracting(Reason::fieldKey).containsExactly("principal.mobile");
        assertThat(jdbc.queryForObject("""
                select count(*) from change_order_reason r join change_order_transition t on t.id = r.transition_id
                 where t.order_id = ? and r.field_key = 'principal.mobile'""", Integer.class, orderId)).isEqualTo(1);
    }

    @Test
    void aDecisionOnAStaleVersionChangesNothing() {
        TestFiling filing = testData.beijingFiling(applicant, "北京过期版本有限公司", TestData.uniqueDomain("stale"));
        UUID orderId =
                steps.subjectChange(applicant, filing.id()).reviewer(reviewer).claimed();
        long version = steps.version(orderId);
        assertThatThrownBy(() -> decisions.pass(reviewer, orderId, version - 1, null))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.PROVIDER_REVIEW);
    }

    @Test
    void withdrawingFreesTheSubjectForANewOrder() {
        TestFiling filing = testData.beijingFiling(applicant, "北京撤回有限公司", TestData.uniqueDomain("withdraw"));
        UUID first = changeOrders.start(actor, filing.id(), ChangeType.SUBJECT_CHANGE, null);
        changeOrders.withdraw(actor, first, 0, "started by mistake");
        UUID second = changeOrders.start(actor, filing.id(), ChangeType.SUBJECT_CHANGE, null);
        assertThat(second).isNotEqualTo(first);
        assertThat(changeOrders.findForApplicant(applicant.id(), first).state()).isEqualTo(OrderState.WITHDRAWN);
    }

    @Test
    void aSubjectInvalidSinceFilingCannotBeSubmitted() {
        TestFiling filing = testData.beijingFiling(applicant, "北京证件到期有限公司", TestData.uniqueDomain("expiring"));
        UUID orderId = changeOrders.start(actor, filing.id(), ChangeType.SUBJECT_CHANGE, null);
        SubjectDetails current = filings.subject(filing.id()).details();
        var expiring = current.principal()
                .withCertificateValidFrom(LocalDate.of(2015, 1, 1))
                .withCertificateValidTo(LocalDate.now().plusMonths(1))
                .withCertificateLongTerm(false);
        ValidationResult result =
                changeOrders.saveSubject(actor, orderId, 0, current.withPrincipal(expiring), Section.PRINCIPAL);
        assertThat(result.violations()).extracting(Violation::fieldKey).containsExactly("principal.certificateValidTo");
    }
}
