package com.icpportal.changeorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import com.icpportal.account.Role;
import com.icpportal.changeorder.EligibilityReason.Kind;
import com.icpportal.filing.Filings;
import com.icpportal.filing.WebsiteDetails;
import com.icpportal.province.CityOverrideChanged;
import com.icpportal.province.ProvinceRules;
import com.icpportal.province.ProvinceRulesChange;
import com.icpportal.province.ProvinceRulesChanged;
import com.icpportal.province.Provinces;
import com.icpportal.support.OrderSteps;
import com.icpportal.support.PortalTest;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;
import com.icpportal.support.TestData.TestFiling;

/**
 * What an admin's rule changes do to applicants, over the real database: new orders follow the
 * rules in force, submitted orders keep their snapshot, restricted suffixes and city overrides
 * apply where they are set and nowhere else.
 */
@PortalTest
@RecordApplicationEvents
class ProvinceRuleChangesTest {

    static final String HENAN = "410000";
    static final String JIANGSU = "320000";
    static final String SUZHOU = "320500";
    static final String NANJING = "320100";

    @Autowired
    ChangeOrders changeOrders;

    @Autowired
    Provinces provinces;

    @Autowired
    Filings filings;

    @Autowired
    TestData testData;

    @Autowired
    OrderSteps steps;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    TestAccount applicant;
    TestAccount admin;
    Actor actor;
    ProvinceRules henanBefore;
    ProvinceRules jiangsuBefore;

    @BeforeEach
    void setUp() {
        applicant = testData.account("rules-applicant", Role.APPLICANT);
        admin = testData.account("rules-admin", Role.ADMIN);
        actor = Actor.applicant(applicant.id());
        henanBefore = provinces.get(HENAN);
        jiangsuBefore = provinces.get(JIANGSU);
    }

    @AfterEach
    void restoreRules() {
        provinces.update(
                HENAN,
                ProvinceRulesChange.from(henanBefore),
                provinces.get(HENAN).version());
        provinces.update(
                JIANGSU,
                ProvinceRulesChange.from(jiangsuBefore),
                provinces.get(JIANGSU).version());
        provinces.removeCityOverride(SUZHOU);
    }

    @Test
    void editingAProvinceRuleChangesEligibilityForNewOrdersButNotTheSnapshotOfASubmittedOrder() {
        assertThat(henanBefore.smsVerificationRequired()).isFalse();
        TestFiling submittedFiling = testData.filing(
                applicant, HENAN, "豫", "410100", "410102", "河南已提交有限公司", TestData.uniqueDomain("henan-submitted"));
        UUID submitted = steps.subjectChange(applicant, submittedFiling.id()).submitted();

        ProvinceRules changed = provinces.update(
                HENAN,
                ProvinceRulesChange.from(henanBefore)
                        .withSmsVerificationRequired(true)
                        .withChangesAllowed(false, true),
                henanBefore.version(),
                admin.id());

        assertThat(events.stream(ProvinceRulesChanged.class)).anySatisfy(event -> {
            assertThat(event.provinceCode()).isEqualTo(HENAN);
            assertThat(event.auditActorId()).isEqualTo(admin.id());
            assertThat(event.auditKind()).isEqualTo("province.rules-changed");
            assertThat(event.auditDetail())
                    .contains("smsVerificationRequired false→true", "subjectChangeAllowed true→false");
        });
        assertThat(changed.version()).isGreaterThan(henanBefore.version());
        TestFiling newFiling = testData.filing(
                applicant, HENAN, "豫", "410300", "410302", "河南新申请有限公司", TestData.uniqueDomain("henan-new"));
        assertThat(changeOrders.eligibility(applicant.id(), newFiling.id(), ChangeType.SUBJECT_CHANGE, null))
                .extracting(EligibilityReason::kind)
                .containsExactly(Kind.PROVINCE_FORBIDS);
        assertThat(changeOrders.eligibility(
                        applicant.id(),
                        newFiling.id(),
                        ChangeType.WEBSITE_CHANGE,
                        filings.subject(newFiling.id()).websites().get(0).id()))
                .isEmpty();

        ChangeOrderView kept = changeOrders.findForApplicant(applicant.id(), submitted);
        assertThat(kept.state()).isEqualTo(OrderState.PROVIDER_REVIEW);
        assertThat(kept.rules().smsVerificationRequired()).isFalse();
        assertThat(jdbc.queryForObject(
                        "select rules_sms_verification_required from change_order where id = ?",
                        Boolean.class,
                        submitted))
                .isFalse();

        UUID websiteOrder = steps.websiteChange(applicant, newFiling.id()).submitted();
        assertThat(changeOrders
                        .findForApplicant(applicant.id(), websiteOrder)
                        .rules()
                        .smsVerificationRequired())
                .as("an order submitted after the change takes the new rule")
                .isTrue();
    }

    @Test
    void aRestrictedSuffixIsRefusedForThatProvincesNewProposalsAndAcceptedElsewhere() {
        provinces.update(
                JIANGSU,
                ProvinceRulesChange.from(jiangsuBefore).withRestrictedSuffixes(List.of("top", "xyz")),
                jiangsuBefore.version(),
                admin.id());
        assertThat(provinces.get(JIANGSU).restrictedSuffixes()).containsExactly("top", "xyz");

        TestFiling jiangsu = testData.filing(
                applicant, JIANGSU, "苏", NANJING, "320102", "江苏后缀有限公司", TestData.uniqueDomain("jiangsu"));
        TestFiling beijing = testData.beijingFiling(applicant, "北京后缀有限公司", TestData.uniqueDomain("beijing"));
        String topDomain = "suffix-" + UUID.randomUUID().toString().substring(0, 8) + ".top";

        ValidationResult refused = proposeDomain(jiangsu, topDomain);
        assertThat(refused.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.fieldKey()).isEqualTo("domains[0].name");
            assertThat(violation.messageKey()).isEqualTo("validation.domain.suffixRestricted");
            assertThat(violation.arguments()).containsExactly(".top");
        });
        assertThat(proposeDomain(beijing, topDomain).violations()).isEmpty();
        assertThat(proposeDomain(jiangsu, TestData.uniqueDomain("jiangsu-cn")).violations())
                .isEmpty();
    }

    @Test
    void aCityOverrideForbidsSubjectChangesInThatCityOnly() {
        TestFiling suzhou =
                testData.filing(applicant, JIANGSU, "苏", SUZHOU, "320505", "苏州覆盖有限公司", TestData.uniqueDomain("suzhou"));
        TestFiling nanjing = testData.filing(
                applicant, JIANGSU, "苏", NANJING, "320102", "南京覆盖有限公司", TestData.uniqueDomain("nanjing"));

        provinces.saveCityOverride(JIANGSU, SUZHOU, false, null, "苏州市暂停主体变更", null, admin.id());

        assertThat(events.stream(CityOverrideChanged.class)).anySatisfy(event -> {
            assertThat(event.cityCode()).isEqualTo(SUZHOU);
            assertThat(event.auditKind()).isEqualTo("province.city-override-set");
            assertThat(event.auditActorId()).isEqualTo(admin.id());
        });
        assertThat(changeOrders.eligibility(applicant.id(), suzhou.id(), ChangeType.SUBJECT_CHANGE, null))
                .extracting(EligibilityReason::kind)
                .containsExactly(Kind.CITY_FORBIDS);
        assertThat(changeOrders.eligibility(
                        applicant.id(),
                        suzhou.id(),
                        ChangeType.WEBSITE_CHANGE,
                        filings.subject(suzhou.id()).websites().get(0).id()))
                .as("the website permission follows the province")
                .isEmpty();
        assertThat(changeOrders.eligibility(applicant.id(), nanjing.id(), ChangeType.SUBJECT_CHANGE, null))
                .isEmpty();

        long version = provinces.cityOverride(JIANGSU, SUZHOU).version();
        provinces.removeCityOverride(JIANGSU, SUZHOU, version, admin.id());
        assertThat(changeOrders.eligibility(applicant.id(), suzhou.id(), ChangeType.SUBJECT_CHANGE, null))
                .isEmpty();
    }

    private ValidationResult proposeDomain(TestFiling filing, String domain) {
        UUID websiteId = filings.subject(filing.id()).websites().get(0).id();
        UUID orderId = changeOrders.start(actor, filing.id(), ChangeType.WEBSITE_CHANGE, websiteId);
        WebsiteDetails current =
                changeOrders.findForApplicant(applicant.id(), orderId).proposedWebsite();
        ValidationResult result =
                changeOrders.saveWebsite(actor, orderId, 0, current, List.of(domain), Section.DOMAINS);
        changeOrders.withdraw(
                actor,
                orderId,
                changeOrders.findForApplicant(applicant.id(), orderId).version(),
                null);
        return result;
    }
}
