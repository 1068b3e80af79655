package com.icpportal.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.icpportal.account.Role;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.AdministrationRecords;
import com.icpportal.changeorder.OrderState;
import com.icpportal.changeorder.ProviderDecisions;
import com.icpportal.support.OrderSteps;
import com.icpportal.support.PortalTest;
import com.icpportal.support.TestClock;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;
import com.icpportal.support.TestDatabase;
import com.icpportal.values.DomainName;

/**
 * Approval applies the change: the filing shows the approved values, its history the previous ones,
 * and a replaced domain is retired (gone from the access layer's list, kept with its date).
 */
@PortalTest
class ApprovalTest {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    OrderSteps steps;

    @Autowired
    ProviderDecisions decisions;

    @Autowired
    AdministrationRecords records;

    @Autowired
    Filings filings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    TestAccount applicant;
    TestAccount reviewerAccount;
    Actor reviewer;

    @BeforeEach
    void people() {
        applicant = testData.account("approved", Role.APPLICANT);
        reviewerAccount = testData.account("reviewer", Role.REVIEWER);
        reviewer = Actor.reviewer(reviewerAccount.id());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anApprovedSubjectChangeUpdatesTheFilingAndKeepsThePreviousVersion() {
        clock.setTo(china(2026, 3, 2, 10, 0));
        var filing = testData.beijingFiling(applicant, "北京批准主体有限公司", TestData.uniqueDomain("subject"));
        SubjectDetails filed = filings.subject(filing.id()).details();
        String filedAddress = filed.address();
        UUID orderId = steps.subjectChange(applicant, filing.id())
                .address("批准路88号")
                .reviewer(reviewer)
                .inState(OrderState.AUTHORITY_REVIEW);
        clock.setTo(china(2026, 3, 9, 15, 30));

        records.recordApproval(Actor.authority(null), orderId, steps.version(orderId), "管局审核通过");

        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.APPROVED);
        FiledSubject after = filings.subject(filing.id());
        assertThat(after.details().address()).isEqualTo("批准路88号");
        List<SubjectVersion> history = filings.subjectHistory(filing.id());
        assertThat(history).hasSize(1);
        assertThat(history.get(0).versionNo()).isEqualTo(1);
        assertThat(history.get(0).details()).isEqualTo(filed);
        assertThat(history.get(0).changeReference())
                .isEqualTo(decisions.find(orderId).reference());
        assertThat(history.get(0).validTo()).isEqualTo(china(2026, 3, 9, 15, 30));
        // the case page reads the subject and its history in one statement: the same values
        SubjectWithHistory withHistory = filings.subjectWithHistory(filing.id());
        assertThat(withHistory.subject()).isEqualTo(after);
        assertThat(withHistory.subjectVersions()).isEqualTo(history);
        assertThat(jdbc.queryForObject(
                        "select address from filing_subject_version where subject_id = ?", String.class, filing.id()))
                .isEqualTo(filedAddress);
    }

    @Test
    void anApprovalOnAFilingCancelledMeanwhileIsRefusedAndChangesNothing() {
        clock.setTo(china(2026, 3, 2, 10, 0));
        var filing = testData.beijingFiling(applicant, "北京注销备案有限公司", TestData.uniqueDomain("cancelled"));
        UUID orderId = steps.subjectChange(applicant, filing.id())
                .address("北京市朝阳区注销路1号")
                .submitted();
        steps.order(applicant, orderId)
                .reviewer(reviewer)
                .inState(com.icpportal.changeorder.OrderState.AUTHORITY_REVIEW);
        filings.cancel(filing.id(), java.time.LocalDate.of(2026, 3, 3));

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> records.recordApproval(Actor.authority(null), orderId, steps.version(orderId), null))
                .isInstanceOf(com.icpportal.changeorder.FilingCancelledException.class);
        assertThat(decisions.find(orderId).state()).isEqualTo(com.icpportal.changeorder.OrderState.AUTHORITY_REVIEW);
        assertThat(filings.subject(filing.id()).details().address()).isNotEqualTo("北京市朝阳区注销路1号");
    }

    @Test
    void theServiceRefusesAnApprovalWithoutADateOrDatedInTheFuture() {
        clock.setTo(china(2026, 4, 6, 10, 0));
        var filing = testData.beijingFiling(applicant, "北京批准日期规则有限公司", TestData.uniqueDomain("datedrule"));
        UUID orderId =
                steps.subjectChange(applicant, filing.id()).address("日期规则路1号").submitted();
        steps.order(applicant, orderId).reviewer(reviewer).inState(OrderState.AUTHORITY_REVIEW);
        clock.setTo(china(2026, 4, 8, 23, 30));

        assertThatThrownBy(() -> records.recordApproval(
                        Actor.authority(null), orderId, steps.version(orderId), LocalDate.of(2026, 4, 9), null))
                .as("the 9th is tomorrow in China (23:30 on the 8th)")
                .isInstanceOf(com.icpportal.changeorder.ApprovalDateInvalidException.class)
                .extracting(e -> ((com.icpportal.changeorder.ApprovalDateInvalidException) e).messageKey())
                .isEqualTo("administration.approvedOn.future");
        assertThatThrownBy(() -> records.recordApproval(
                        Actor.authority(null), orderId, steps.version(orderId), (LocalDate) null, null))
                .isInstanceOf(com.icpportal.changeorder.ApprovalDateInvalidException.class)
                .extracting(e -> ((com.icpportal.changeorder.ApprovalDateInvalidException) e).messageKey())
                .isEqualTo("administration.approvedOn.missing");
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.AUTHORITY_REVIEW);

        records.recordApproval(Actor.authority(null), orderId, steps.version(orderId), LocalDate.of(2026, 4, 8), null);
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.APPROVED);
    }

    @Test
    void aDomainIsRetiredOnTheApprovalDateNotTheDayItWasRecorded() {
        clock.setTo(china(2026, 3, 2, 10, 0));
        String oldDomain = TestData.uniqueDomain("dated");
        String newDomain = TestData.uniqueDomain("datednew");
        var filing = testData.beijingFiling(applicant, "北京批准日期有限公司", oldDomain);
        FiledWebsite website = filings.subject(filing.id()).websites().get(0);
        UUID orderId = steps.websiteChange(applicant, filing.id())
                .website("批准日期网站", List.of(newDomain))
                .submitted();
        steps.order(applicant, orderId)
                .reviewer(reviewer)
                .inState(com.icpportal.changeorder.OrderState.AUTHORITY_REVIEW);
        clock.setTo(china(2026, 3, 12, 11, 0));

        records.recordApproval(
                Actor.authority(null), orderId, steps.version(orderId), java.time.LocalDate.of(2026, 3, 10), null);

        assertThat(filings.retiredDomains(website.id()))
                .singleElement()
                .satisfies(retired -> assertThat(retired.retiredOn()).isEqualTo(java.time.LocalDate.of(2026, 3, 10)));
    }

    @Test
    void anApprovedWebsiteChangeRetiresTheReplacedDomain() throws Exception {
        clock.setTo(china(2026, 3, 2, 10, 0));
        String oldDomain = TestData.uniqueDomain("old");
        String newDomain = "新域名-" + TestData.uniqueDomain("x").replace(".cn", "") + ".中国";
        String newAscii = DomainName.parse(newDomain).ascii();
        var filing = testData.beijingFiling(applicant, "北京域名替换有限公司", oldDomain);
        FiledWebsite website = filings.subject(filing.id()).websites().get(0);
        assertThat(servable()).contains("\"domain\":\"" + oldDomain + "\"");

        UUID orderId = steps.websiteChange(applicant, filing.id())
                .website("新的网站名称", List.of(newDomain))
                .reviewer(reviewer)
                .inState(OrderState.AUTHORITY_REVIEW);
        // Until the administration approves, the old domain stays servable.
        assertThat(servable()).contains("\"domain\":\"" + oldDomain + "\"").doesNotContain(newAscii);
        clock.setTo(china(2026, 3, 10, 11, 0));

        records.recordApproval(Actor.authority(null), orderId, steps.version(orderId), null);

        FiledWebsite after = filings.subject(filing.id()).websites().get(0);
        assertThat(after.details().name()).isEqualTo("新的网站名称");
        assertThat(after.domains()).containsExactly(newDomain);
        List<WebsiteVersion> history = filings.websiteHistory(website.id());
        assertThat(history).singleElement().satisfies(version -> {
            assertThat(version.details()).isEqualTo(website.details());
            assertThat(version.versionNo()).isEqualTo(1);
            assertThat(version.validTo()).isEqualTo(china(2026, 3, 10, 11, 0));
            assertThat(version.domains()).containsExactly(oldDomain);
        });
        String reference = decisions.find(orderId).reference();
        assertThat(filings.retiredDomains(website.id()))
                .containsExactly(new RetiredDomainView(oldDomain, oldDomain, LocalDate.of(2026, 3, 10), reference));
        SubjectWithHistory withHistory = filings.subjectWithHistory(filing.id());
        assertThat(withHistory.subject()).isEqualTo(filings.subject(filing.id()));
        assertThat(withHistory.subjectVersions()).isEqualTo(filings.subjectHistory(filing.id()));
        assertThat(withHistory.websiteVersions(website.id())).isEqualTo(history);
        assertThat(withHistory.retiredDomains(website.id())).isEqualTo(filings.retiredDomains(website.id()));
        assertThat(withHistory.websiteVersions().keySet()).containsExactly(website.id());

        // Staff see the earlier version and the retired domain on the case page.
        String casePage = mvc.perform(get("/review/orders/{id}", orderId)
                        .session(com.icpportal.support.Sessions.signIn(mvc, reviewerAccount.username())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(casePage)
                .contains(
                        "Earlier versions of this filing",
                        "Version 1, replaced by " + reference,
                        website.details().name(),
                        oldDomain + ": retired on 2026-03-10 by " + reference);

        String json = servable();
        assertThat(json)
                .doesNotContain("\"domain\":\"" + oldDomain + "\"")
                .contains("{\"domain\":\"" + newAscii + "\",\"unicode\":\"" + newDomain + "\",\"websiteIcpNumber\":\""
                        + website.icpNumber() + "\",\"subjectIcpNumber\":\"" + filing.icpNumber() + "\"}");
    }

    @Test
    void aDomainFiledElsewhereMeanwhileStopsTheWholeApproval() {
        var filing = testData.beijingFiling(applicant, "北京域名冲突有限公司", TestData.uniqueDomain("mine"));
        String contested = TestData.uniqueDomain("contested");
        UUID orderId = steps.websiteChange(applicant, filing.id())
                .website("冲突网站", List.of(contested))
                .reviewer(reviewer)
                .inState(OrderState.AUTHORITY_REVIEW);
        // Another subject's website files the same domain before this approval arrives.
        testData.beijingFiling(testData.account("rival", Role.APPLICANT), "北京抢注有限公司", contested);

        assertThatThrownBy(() -> records.recordApproval(Actor.authority(null), orderId, steps.version(orderId), null))
                .isInstanceOf(DomainFiledElsewhereException.class);
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.AUTHORITY_REVIEW);
        assertThat(filings.subject(filing.id()).websites().get(0).details().name())
                .isNotEqualTo("冲突网站");
        assertThat(filings.websiteHistory(
                        filings.subject(filing.id()).websites().get(0).id()))
                .isEmpty();
    }

    @Test
    void cancelledFilingsAreNotServable() throws Exception {
        String domain = TestData.uniqueDomain("cancelled");
        var filing = testData.beijingFiling(applicant, "北京已注销有限公司", domain);
        assertThat(servable()).contains("\"domain\":\"" + domain + "\"");
        filings.cancel(filing.id(), LocalDate.of(2026, 2, 1));
        assertThat(servable()).doesNotContain("\"domain\":\"" + domain + "\"");
    }

    private String servable() throws Exception {
        return mvc.perform(get("/api/filed-domains").header("Authorization", "Bearer " + TestDatabase.TEST_API_TOKEN))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Instant china(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(CHINA).toInstant();
    }
}
