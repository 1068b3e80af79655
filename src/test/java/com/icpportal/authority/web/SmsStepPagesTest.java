package com.icpportal.authority.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import com.icpportal.account.Role;
import com.icpportal.authority.AuthorityDecisions;
import com.icpportal.authority.AuthoritySettings;
import com.icpportal.authority.SmsCodeRequested;
import com.icpportal.authority.SmsDeadlineJob;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.OrderState;
import com.icpportal.changeorder.ProviderDecisions;
import com.icpportal.support.OrderSteps;
import com.icpportal.support.PortalTest;
import com.icpportal.support.Sessions;
import com.icpportal.support.TestClock;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;

/**
 * The applicant's side of the administration stage: the SMS step on the order page (deadline in
 * words, masked mobiles), the review window as dates, the expiry reason in the reader's language,
 * and the simulated administration's public verification page.
 */
@PortalTest
@RecordApplicationEvents
class SmsStepPagesTest {

    static final Instant TUESDAY_10_00 = Instant.parse("2026-12-01T02:00:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    OrderSteps steps;

    @Autowired
    TestClock clock;

    @Autowired
    AuthoritySettings settings;

    @Autowired
    AuthorityDecisions authority;

    @Autowired
    ProviderDecisions decisions;

    @Autowired
    SmsDeadlineJob deadlineJob;

    @Autowired
    ApplicationEvents events;

    TestAccount applicant;
    TestAccount reviewer;
    MockHttpSession session;

    @BeforeEach
    void setUp() throws Exception {
        clock.setTo(TUESDAY_10_00);
        settings.use(AuthoritySettings.MANUAL);
        applicant = testData.account("sms-page-applicant", Role.APPLICANT);
        reviewer = testData.account("sms-page-reviewer", Role.REVIEWER);
        session = Sessions.signIn(mvc, applicant.username());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
        settings.use(AuthoritySettings.MANUAL);
    }

    @Test
    void theOrderPageExplainsTheSmsStepWithTheTimeLeftAndWhichMobilesAreVerified() throws Exception {
        UUID orderId = submitted(true);
        authority.recordMobileVerified(
                reviewer.id(), orderId, decisions.find(orderId).version(), "13912345678");
        clock.advance(Duration.ofHours(6).plusMinutes(48));
        session = Sessions.signIn(mvc, applicant.username()); // hours later: the old session expired

        mvc.perform(get("/orders/{id}", orderId).session(session).param("lang", "en"))
                .andExpect(content().string(containsString("SMS verification by the communications administration")))
                .andExpect(content().string(containsString("41 hours 12 minutes left")))
                .andExpect(content().string(containsString("138****8000")))
                .andExpect(content().string(containsString("139****5678")))
                .andExpect(content().string(not(containsString("13912345678"))))
                .andExpect(content().string(containsString("Not yet verified")))
                .andExpect(content().string(not(containsString("simulated-sms-link"))));
        mvc.perform(get("/orders/{id}", orderId).session(session).param("lang", "zh-CN"))
                .andExpect(content().string(containsString("还剩 41 小时 12 分钟")))
                .andExpect(content().string(containsString("已核验")));

        clock.advance(Duration.ofHours(42));
        session = Sessions.signIn(mvc, applicant.username()); // hours later: the old session expired
        deadlineJob.rejectExpired();
        mvc.perform(get("/orders/{id}", orderId).session(session).param("lang", "zh-CN"))
                .andExpect(content().string(containsString("负责人未在 48 小时内全部完成短信核验。")));
        mvc.perform(get("/orders/{id}", orderId).session(session).param("lang", "en"))
                .andExpect(
                        content().string(containsString("did not all complete the SMS verification within 48 hours")));
    }

    @Test
    void theAdministrationsReviewShowsItsExpectedDecisionWindowAsDates() throws Exception {
        UUID orderId = submitted(false);
        var rules = decisions.find(orderId).rules();
        assertThat(rules.reviewMinWorkdays()).isPositive();

        String page = mvc.perform(get("/orders/{id}", orderId).session(session).param("lang", "en"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Expect the administration&#39;s decision between");
        // Tuesday 1 December 2026 plus the province's minimum and maximum working days (no holidays in December).
        assertThat(page)
                .contains(
                        workdaysAfter(rules.reviewMinWorkdays()).toString(),
                        workdaysAfter(rules.reviewMaxWorkdays()).toString());
    }

    @Test
    void anotherApplicantsOrderIsNotFound() throws Exception {
        UUID orderId = submitted(true);
        MockHttpSession stranger = Sessions.signIn(
                mvc, testData.account("sms-stranger", Role.APPLICANT).username());

        mvc.perform(get("/orders/{id}", orderId).session(stranger)).andExpect(status().isNotFound());
    }

    @Test
    void theSimulatedAdministrationsPageIsNotFoundWithTheManualGateway() throws Exception {
        mvc.perform(get("/simulated-administration/sms")).andExpect(status().isNotFound());
        mvc.perform(post("/simulated-administration/sms")
                        .with(csrf())
                        .param("reference", "CO-1")
                        .param("mobile", "13800138000")
                        .param("code", "123456"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPrincipalEntersTheTextedCodeOnTheSimulatedAdministrationsPage() throws Exception {
        settings.use(AuthoritySettings.SIMULATED);
        UUID orderId = submitted(true);
        String reference = decisions.find(orderId).reference();
        String code = events.stream(SmsCodeRequested.class)
                .filter(event ->
                        event.orderId().equals(orderId) && event.mobile().equals("13912345678"))
                .findFirst()
                .orElseThrow()
                .code();

        mvc.perform(get("/orders/{id}", orderId).session(session))
                .andExpect(content().string(containsString("id=\"simulated-sms-link\"")))
                .andExpect(content().string(containsString("/simulated-administration/sms?reference=" + reference)));

        // Public, both languages, and marked as the simulated administration.
        mvc.perform(get("/simulated-administration/sms")
                        .param("reference", reference)
                        .param("lang", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("模拟通信管理局")))
                .andExpect(content().string(containsString("value=\"" + reference + "\"")));

        mvc.perform(post("/simulated-administration/sms")
                        .param("reference", reference)
                        .param("mobile", "13912345678")
                        .param("code", code))
                .andExpect(status().isForbidden());
        mvc.perform(post("/simulated-administration/sms")
                        .with(csrf())
                        .param("reference", reference)
                        .param("mobile", "1391234")
                        .param("code", "12"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: SMS verification")))
                .andExpect(content().string(containsString("Enter an 11-digit mainland China mobile number")))
                .andExpect(content().string(containsString("Enter the six digits of the code.")));
        mvc.perform(post("/simulated-administration/sms")
                        .with(csrf())
                        .param("reference", reference)
                        .param("mobile", "13912345678")
                        .param("code", code.equals("000000") ? "000001" : "000000"))
                .andExpect(content().string(containsString("That code is wrong. After 4 more wrong codes")));
        mvc.perform(post("/simulated-administration/sms")
                        .with(csrf())
                        .param("reference", reference)
                        .param("mobile", "13912345678")
                        .param("code", code))
                .andExpect(redirectedUrl("/simulated-administration/sms"))
                .andExpect(flash().attribute("outcome", "simulated.sms.outcome.VERIFIED"));

        assertThat(decisions.find(orderId).smsMobiles())
                .filteredOn(mobile -> mobile.mobile().equals("13912345678"))
                .singleElement()
                .satisfies(mobile -> assertThat(mobile.verified()).isTrue());
        mvc.perform(get("/orders/{id}", orderId).session(session))
                .andExpect(content().string(containsString("Verified")));
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.SMS_VERIFICATION);
    }

    private UUID submitted(boolean sms) {
        UUID orderId = steps.awaitingSubmission(applicant, reviewer.id(), sms, "13912345678");
        authority.submit(
                Actor.reviewer(reviewer.id()), orderId, decisions.find(orderId).version());
        return orderId;
    }

    private static java.time.LocalDate workdaysAfter(int workdays) {
        java.time.LocalDate day = java.time.LocalDate.of(2026, 12, 1);
        for (int left = workdays; left > 0; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek().getValue() < 6) {
                left--;
            }
        }
        return day;
    }
}
