package com.icpportal.changeorder.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.icpportal.account.Role;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.ChangeOrders;
import com.icpportal.changeorder.ChangeType;
import com.icpportal.changeorder.EligibilityReason;
import com.icpportal.changeorder.EligibilityReason.Kind;
import com.icpportal.changeorder.NotEligibleException;
import com.icpportal.filing.FiledSubject;
import com.icpportal.filing.Filings;
import com.icpportal.filing.OrderInProcessElsewhere;
import com.icpportal.filing.OtherOrderType;
import com.icpportal.province.Provinces;
import com.icpportal.shared.NotFoundException;
import com.icpportal.support.PortalTest;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;
import com.icpportal.support.TestData.TestFiling;

/** Why a change may not start, each reason alone and all together, against the seeded province rules. */
@PortalTest
class EligibilityTest {

    static final String SHENZHEN = "440300";

    @Autowired
    ChangeOrders changeOrders;

    @Autowired
    Filings filings;

    @Autowired
    Provinces provinces;

    @Autowired
    TestData testData;

    TestAccount applicant;
    Actor actor;

    @BeforeEach
    void applicant() {
        applicant = testData.account("eligible", Role.APPLICANT);
        actor = Actor.applicant(applicant.id());
    }

    @AfterEach
    void removeOverride() {
        provinces.removeCityOverride(SHENZHEN);
    }

    @Test
    void aPlainActiveFilingMayChangeBothWays() {
        TestFiling filing = testData.beijingFiling(applicant, "北京可变更有限公司", TestData.uniqueDomain("ok"));
        assertThat(changeOrders.eligibility(applicant.id(), filing.id(), ChangeType.SUBJECT_CHANGE, null))
                .isEmpty();
        assertThat(changeOrders.eligibility(applicant.id(), filing.id(), ChangeType.WEBSITE_CHANGE, website(filing)))
                .isEmpty();
    }

    @Test
    void anOpenOrderBlocksAnotherAndIsNamed() {
        TestFiling filing = testData.beijingFiling(applicant, "北京开放订单有限公司", TestData.uniqueDomain("open"));
        changeOrders.start(actor, filing.id(), ChangeType.WEBSITE_CHANGE, website(filing));
        String reference =
                changeOrders.openOrdersOf(List.of(filing.id())).get(filing.id()).reference();

        assertThat(changeOrders.eligibility(applicant.id(), filing.id(), ChangeType.SUBJECT_CHANGE, null))
                .singleElement()
                .satisfies(reason -> {
                    assertThat(reason.kind()).isEqualTo(Kind.OPEN_ORDER);
                    assertThat(reason.messageKey()).isEqualTo("eligibility.openOrder");
                    assertThat(reason.arguments().get(0)).isEqualTo(reference);
                });
        assertThatThrownBy(() -> changeOrders.start(actor, filing.id(), ChangeType.SUBJECT_CHANGE, null))
                .isInstanceOf(NotEligibleException.class);
    }

    @Test
    void anOrderOfAnotherTypeElsewhereBlocks() {
        TestFiling filing = testData.beijingFiling(applicant, "北京其他订单有限公司", TestData.uniqueDomain("other"));
        filings.recordOrderInProcess(
                filing.id(),
                new OrderInProcessElsewhere(OtherOrderType.NEW_WEBSITE, "BA-7788", LocalDate.of(2026, 11, 20)));
        assertThat(kinds(filing, ChangeType.SUBJECT_CHANGE)).containsExactly(Kind.OTHER_ORDER_IN_PROCESS);
        assertThat(changeOrders
                        .eligibility(applicant.id(), filing.id(), ChangeType.SUBJECT_CHANGE, null)
                        .get(0)
                        .arguments())
                .containsExactly("enum.OtherOrderType.NEW_WEBSITE", "BA-7788", "2026-11-20");

        filings.recordOrderInProcess(filing.id(), null);
        assertThat(kinds(filing, ChangeType.SUBJECT_CHANGE)).isEmpty();
    }

    @Test
    void aCancelledFilingBlocks() {
        TestFiling filing = testData.beijingFiling(applicant, "北京已注销有限公司", TestData.uniqueDomain("gone"));
        filings.cancel(filing.id(), LocalDate.of(2026, 10, 1));
        assertThat(kinds(filing, ChangeType.SUBJECT_CHANGE)).containsExactly(Kind.CANCELLED);
        assertThat(kinds(filing, ChangeType.WEBSITE_CHANGE)).containsExactly(Kind.CANCELLED);
    }

    @Test
    void shaanxiRefusesASubjectChangeButAllowsAWebsiteChange() {
        TestFiling filing = testData.filing(
                applicant, "610000", "陕", "610100", "610113", "陕西测试有限公司", TestData.uniqueDomain("shaanxi"));
        assertThat(changeOrders.eligibility(applicant.id(), filing.id(), ChangeType.SUBJECT_CHANGE, null))
                .singleElement()
                .satisfies(reason -> {
                    assertThat(reason.kind()).isEqualTo(Kind.PROVINCE_FORBIDS);
                    assertThat(reason.messageKey()).isEqualTo("eligibility.provinceForbids.SUBJECT_CHANGE");
                    assertThat(reason.arguments()).containsExactly("610000");
                });
        assertThat(kinds(filing, ChangeType.WEBSITE_CHANGE)).isEmpty();
        assertThatThrownBy(() -> changeOrders.start(actor, filing.id(), ChangeType.SUBJECT_CHANGE, null))
                .isInstanceOf(NotEligibleException.class);
        assertThat(changeOrders.start(actor, filing.id(), ChangeType.WEBSITE_CHANGE, website(filing)))
                .isNotNull();
    }

    @Test
    void aCityOverrideForbidsWhereItsProvinceAllows() {
        TestFiling shenzhen = testData.filing(
                applicant, "440000", "粤", SHENZHEN, "440305", "深圳测试有限公司", TestData.uniqueDomain("shenzhen"));
        TestFiling guangzhou = testData.filing(
                applicant, "440000", "粤", "440100", "440106", "广州测试有限公司", TestData.uniqueDomain("guangzhou"));
        provinces.overrideCity("440000", SHENZHEN, false, null, "深圳市暂停主体变更");

        assertThat(changeOrders.eligibility(applicant.id(), shenzhen.id(), ChangeType.SUBJECT_CHANGE, null))
                .singleElement()
                .satisfies(reason -> {
                    assertThat(reason.kind()).isEqualTo(Kind.CITY_FORBIDS);
                    assertThat(reason.arguments()).containsExactly(SHENZHEN);
                });
        assertThat(kinds(shenzhen, ChangeType.WEBSITE_CHANGE)).isEmpty();
        assertThat(kinds(guangzhou, ChangeType.SUBJECT_CHANGE)).isEmpty();
    }

    @Test
    void everyReasonAtOnce() {
        TestFiling filing = testData.filing(
                applicant, "610000", "陕", "610100", "610113", "陕西多重原因有限公司", TestData.uniqueDomain("many"));
        changeOrders.start(actor, filing.id(), ChangeType.WEBSITE_CHANGE, website(filing));
        filings.recordOrderInProcess(
                filing.id(),
                new OrderInProcessElsewhere(OtherOrderType.ACCESS_CHANGE, "AC-1", LocalDate.of(2026, 11, 1)));
        filings.cancel(filing.id(), LocalDate.of(2026, 11, 2));

        assertThat(kinds(filing, ChangeType.SUBJECT_CHANGE))
                .containsExactly(Kind.CANCELLED, Kind.OPEN_ORDER, Kind.OTHER_ORDER_IN_PROCESS, Kind.PROVINCE_FORBIDS);
    }

    @Test
    void anotherApplicantsFilingIsNotFound() {
        TestFiling filing = testData.beijingFiling(applicant, "北京他人有限公司", TestData.uniqueDomain("theirs"));
        TestAccount stranger = testData.account("stranger", Role.APPLICANT);
        assertThatThrownBy(() -> changeOrders.start(
                        Actor.applicant(stranger.id()), filing.id(), ChangeType.SUBJECT_CHANGE, null))
                .isInstanceOf(NotFoundException.class);
    }

    private List<Kind> kinds(TestFiling filing, ChangeType type) {
        java.util.UUID websiteId = type == ChangeType.WEBSITE_CHANGE ? website(filing) : null;
        return changeOrders.eligibility(applicant.id(), filing.id(), type, websiteId).stream()
                .map(EligibilityReason::kind)
                .toList();
    }

    private java.util.UUID website(TestFiling filing) {
        FiledSubject subject = filings.subject(filing.id());
        return subject.websites().get(0).id();
    }
}
