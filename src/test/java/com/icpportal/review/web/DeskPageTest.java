package com.icpportal.review.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.icpportal.account.Role;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.BackdropAddress;
import com.icpportal.changeorder.BackdropRequests;
import com.icpportal.filing.DomainRegistrations;
import com.icpportal.support.OrderSteps;
import com.icpportal.support.PortalTest;
import com.icpportal.support.Sessions;
import com.icpportal.support.TestData;

/** What the desk shows beside the case: each proposed domain's registration record, the backdrop as a mailing label, the navigation. */
@PortalTest
class DeskPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    OrderSteps steps;

    @Autowired
    DomainRegistrations registrations;

    @Autowired
    BackdropRequests backdrops;

    @Autowired
    com.icpportal.changeorder.ProviderDecisions decisions;

    @Test
    void eachProposedDomainHasItsRecordAndItsOwnReasonTarget() throws Exception {
        var applicant = testData.account("desk", Role.APPLICANT);
        var reviewer = testData.account("desk-reviewer", Role.REVIEWER);
        String kept = TestData.uniqueDomain("kept");
        String added = TestData.uniqueDomain("added");
        var filing = testData.beijingFiling(applicant, "北京台面有限公司", kept);
        registrations.record(added, "北京台面有限公司", true, LocalDate.of(2027, 6, 30), "test");
        UUID orderId = steps.websiteChange(applicant, filing.id())
                .website("台面网站", List.of(added))
                .submitted();
        var session = Sessions.signIn(mvc, reviewer.username());
        String page = mvc.perform(get("/review/orders/{id}", orderId).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/review/domains\"")))
                .andExpect(content().string(containsString("Proposed domains and their registration records")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("<th scope=\"row\">" + added + "</th>", "2027-06-30");
        // The reason list names each domain (claimed first, so the form is shown).
        mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/review/orders/{id}/claim", orderId)
                        .session(session)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .csrf()));
        mvc.perform(get("/review/orders/{id}", orderId).session(session))
                .andExpect(content().string(containsString("value=\"domains[0].name\">Domain " + added)));
    }

    @Autowired
    com.icpportal.support.TestClock clock;

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aDeadlineInAYearTheCalendarDoesNotKnowIsFlaggedToStaff() throws Exception {
        var applicant = testData.account("year", Role.APPLICANT);
        var reviewer = testData.account("year-reviewer", Role.REVIEWER);
        var filing = testData.beijingFiling(applicant, "北京年份有限公司", TestData.uniqueDomain("year"));
        clock.setTo(java.time.Instant.parse("2040-12-31T07:00:00Z"));
        UUID orderId = steps.subjectChange(applicant, filing.id())
                .address("北京市朝阳区年份路1号")
                .submitted();
        mvc.perform(get("/review/orders/{id}", orderId).session(Sessions.signIn(mvc, reviewer.username())))
                .andExpect(content().string(containsString("id=\"due-unknown-year\"")))
                .andExpect(content().string(containsString("The calendar has no entries for 2041")));
    }

    @Autowired
    com.icpportal.review.DueLabels dueLabels;

    @Test
    void anOrderWithoutADeadlineSaysWhyClosedWithTheAdministrationOrTheApplicantsTurn() {
        java.util.List<java.time.Instant> none = java.util.Arrays.asList(null, null, null, null);
        assertThat(dueLabels
                        .labels(
                                none,
                                List.of(
                                        com.icpportal.changeorder.OrderState.APPROVED,
                                        com.icpportal.changeorder.OrderState.WITHDRAWN,
                                        com.icpportal.changeorder.OrderState.AUTHORITY_REVIEW,
                                        com.icpportal.changeorder.OrderState.RETURNED),
                                java.time.Instant.now(),
                                java.util.Locale.ENGLISH)
                        .stream()
                        .map(com.icpportal.review.DueLabel::messageKey)
                        .toList())
                .containsExactly(
                        "queue.due.closed.APPROVED",
                        "queue.due.closed.WITHDRAWN",
                        "queue.due.administration",
                        "queue.due.none");
    }

    @Test
    void theBackdropIsAFullMailingAddressWithAPrintableLabel() throws Exception {
        var applicant = testData.account("label", Role.APPLICANT);
        var reviewer = testData.account("label-reviewer", Role.REVIEWER);
        var filing = testData.beijingFiling(applicant, "北京标签有限公司", TestData.uniqueDomain("label"));
        UUID orderId = steps.subjectChange(applicant, filing.id())
                .address("北京市朝阳区标签路1号")
                .submitted();
        Actor staff = Actor.reviewer(reviewer.id());
        decisions.claim(staff, orderId);
        decisions.pass(staff, orderId, steps.version(orderId), null);
        assertThat(backdrops.request(
                        Actor.applicant(applicant.id()),
                        orderId,
                        new BackdropAddress("110000", "110100", "110105", "建国路甲10号5楼", "张伟", "13812345678", "100022")))
                .isEmpty();
        var session = Sessions.signIn(mvc, reviewer.username());
        mvc.perform(get("/review/orders/{id}", orderId).session(session))
                .andExpect(content().string(containsString("Backdrop to post to the applicant")))
                .andExpect(content().string(containsString("Beijing Municipal Districts Chaoyang District")))
                .andExpect(content().string(containsString("Recipient: 张伟")))
                .andExpect(content().string(containsString("Phone: 13812345678")))
                .andExpect(content().string(containsString("Postcode 100022")));
        mvc.perform(get("/review/orders/{id}/backdrop/label", orderId).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"mailing-label\"")))
                .andExpect(content().string(containsString("建国路甲10号5楼")));
        mvc.perform(get("/review/orders/{id}/backdrop/label", orderId)
                        .session(session)
                        .header("Accept-Language", "zh-CN"))
                .andExpect(content().string(containsString("北京市 市辖区 朝阳区")))
                .andExpect(content().string(not(containsString("Beijing Municipal"))));
    }
}
