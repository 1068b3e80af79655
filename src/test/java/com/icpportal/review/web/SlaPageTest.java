package com.icpportal.review.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.icpportal.account.Role;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.ChangeOrders;
import com.icpportal.changeorder.OrderState;
import com.icpportal.changeorder.ProviderDecisions;
import com.icpportal.changeorder.Reason;
import com.icpportal.review.ReviewSla;
import com.icpportal.review.ServiceLevels;
import com.icpportal.support.OrderSteps;
import com.icpportal.support.PortalTest;
import com.icpportal.support.Sessions;
import com.icpportal.support.TestClock;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;

/**
 * The SLA figures on a known set of orders in Guizhou (a province no other test files in), at a
 * fixed time: four decisions of 4, 20, 26 and 71 hours, one of them after its deadline.
 */
@PortalTest
class SlaPageTest {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final String GUIZHOU = "520000";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    OrderSteps steps;

    @Autowired
    ChangeOrders changeOrders;

    @Autowired
    ProviderDecisions decisions;

    @Autowired
    ServiceLevels figures;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theFiguresOfAKnownSetOfOrders() throws Exception {
        TestAccount applicant = testData.account("sla", Role.APPLICANT);
        Actor reviewer =
                Actor.reviewer(testData.account("reviewer", Role.REVIEWER).id());

        // A: submitted Monday 10:00 (due Tuesday 10:00), passed Monday 14:00: 4 hours, in time.
        at(2025, 3, 3, 10, 0);
        UUID a = submitted(applicant, "甲");
        UUID b = submitted(applicant, "乙");
        at(2025, 3, 3, 14, 0);
        decide(reviewer, a, "pass");
        // B: returned Tuesday 12:00: 26 hours, after its deadline; resubmitted Tuesday 13:00 (due
        // Wednesday 13:00) and passed Wednesday 09:00: 20 hours, in time.
        at(2025, 3, 4, 12, 0);
        decide(reviewer, b, "return");
        at(2025, 3, 4, 13, 0);
        changeOrders.resubmit(Actor.applicant(applicant.id()), b, steps.version(b));
        at(2025, 3, 5, 9, 0);
        decide(reviewer, b, "pass");
        // C: submitted Friday 16:00 (due Monday 16:00), rejected Monday 15:00: 71 hours, in time.
        at(2025, 3, 7, 16, 0);
        UUID c = submitted(applicant, "丙");
        at(2025, 3, 10, 15, 0);
        decide(reviewer, c, "reject");
        // D: submitted Monday 10:00 (due Tuesday 10:00), still waiting on Wednesday: overdue.
        at(2025, 3, 10, 10, 0);
        submitted(applicant, "丁");
        at(2025, 3, 12, 10, 0);

        ReviewSla sla = figures.sla(clock.instant(), GUIZHOU);
        assertThat(sla.openByState())
                .containsExactly(Map.entry(OrderState.PROVIDER_REVIEW, 1L), Map.entry(OrderState.VERIFICATION, 2L));
        assertThat(sla.open()).isEqualTo(3);
        assertThat(sla.overdue()).isEqualTo(1);
        assertThat(sla.decided()).isEqualTo(4);
        assertThat(sla.decidedInTime()).isEqualTo(3);
        assertThat(sla.shareInTime()).isEqualTo(0.75);
        assertThat(sla.medianDecision()).isEqualTo(Duration.ofHours(23));

        // Thirty days later the decisions have left the window; the open orders have not.
        ReviewSla later = figures.sla(clock.instant().plus(Duration.ofDays(31)), GUIZHOU);
        assertThat(later.decided()).isZero();
        assertThat(later.shareInTime()).isNull();
        assertThat(later.medianDecision()).isNull();
        assertThat(later.open()).isEqualTo(3);

        var session =
                Sessions.signIn(mvc, testData.account("reader", Role.REVIEWER).username());
        String english = page(session, "en");
        assertThat(english)
                .contains(
                        "Service level",
                        "id=\"sla-decided\">4<",
                        "id=\"sla-in-time\">75.0% (3 of 4)<",
                        "id=\"sla-median\">23.0 hours<",
                        "id=\"sla-overdue\">1<",
                        "id=\"sla-open-total\">3<",
                        "ended at or before the deadline set when it started");
        assertThat(page(session, "zh-CN"))
                .contains("服务水平", "id=\"sla-in-time\">75.0%（4 个中的 3 个）<", "id=\"sla-median\">23.0 小时<");

        mvc.perform(get("/review").session(session))
                .andExpect(result ->
                        assertThat(result.getResponse().getContentAsString()).contains("href=\"/review/sla\""));
    }

    @Test
    void applicantsCannotSeeIt() throws Exception {
        var applicant = testData.account("sla", Role.APPLICANT);
        mvc.perform(get("/review/sla").session(Sessions.signIn(mvc, applicant.username())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/review/sla")).andExpect(status().is3xxRedirection());
    }

    private String page(org.springframework.mock.web.MockHttpSession session, String language) throws Exception {
        return mvc.perform(get("/review/sla")
                        .param("province", GUIZHOU)
                        .param("lang", language)
                        .session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private UUID submitted(TestAccount applicant, String name) {
        var filing = testData.filing(
                applicant, GUIZHOU, "黔", "520100", "520102", "贵州服务水平" + name + "有限公司", TestData.uniqueDomain("sla"));
        return steps.subjectChange(applicant, filing.id())
                .address("服务路" + name + "号")
                .submitted();
    }

    private void decide(Actor reviewer, UUID orderId, String decision) {
        decisions.claim(reviewer, orderId);
        long version = steps.version(orderId);
        List<Reason> reasons = List.of(Reason.general("测试原因"));
        switch (decision) {
            case "pass" -> decisions.pass(reviewer, orderId, version, null);
            case "return" -> decisions.returnForCorrection(reviewer, orderId, version, reasons, null);
            default -> decisions.reject(reviewer, orderId, version, reasons, null);
        }
    }

    private void at(int year, int month, int day, int hour, int minute) {
        clock.setTo(
                LocalDateTime.of(year, month, day, hour, minute).atZone(CHINA).toInstant());
    }
}
