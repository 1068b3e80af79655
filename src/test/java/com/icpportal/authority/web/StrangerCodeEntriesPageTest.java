package com.icpportal.authority.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.icpportal.account.Role;
import com.icpportal.authority.AuthorityDecisions;
import com.icpportal.authority.AuthoritySettings;
import com.icpportal.authority.SmsCodeRequested;
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
 * Issue 16 item 8: someone who knows an order's reference and a principal's mobile types five
 * wrong codes on the simulated administration's public page from their own address. The order is
 * not rejected, the stranger is told at the field (both languages) to wait, and the principal's
 * right code from their own address still verifies the mobile.
 */
@PortalTest
@RecordApplicationEvents
class StrangerCodeEntriesPageTest {

    static final Instant TUESDAY_10_00 = Instant.parse("2026-12-01T02:00:00Z");
    static final String MOBILE = "13912345678";

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
    ApplicationEvents events;

    @Autowired
    JdbcTemplate jdbc;

    TestAccount applicant;
    TestAccount reviewer;

    @BeforeEach
    void setUp() {
        clock.setTo(TUESDAY_10_00);
        settings.use(AuthoritySettings.SIMULATED);
        applicant = testData.account("stranger-codes-applicant", Role.APPLICANT);
        reviewer = testData.account("stranger-codes-reviewer", Role.REVIEWER);
    }

    @AfterEach
    void reset() {
        clock.reset();
        settings.use(AuthoritySettings.MANUAL);
    }

    @Test
    void fiveWrongCodesFromAnotherAddressDoNotRejectAndTheRightCodeStillVerifies() throws Exception {
        UUID orderId = steps.awaitingSubmission(applicant, reviewer.id(), true, MOBILE);
        authority.submit(
                Actor.reviewer(reviewer.id()), orderId, decisions.find(orderId).version());
        String reference = decisions.find(orderId).reference();
        String code = events.stream(SmsCodeRequested.class)
                .filter(event ->
                        event.orderId().equals(orderId) && event.mobile().equals(MOBILE))
                .map(SmsCodeRequested::code)
                .findFirst()
                .orElseThrow();
        String wrong = code.equals("000000") ? "000001" : "000000";

        for (int left = 4; left >= 1; left--) {
            enter("203.0.113.90", "en", reference, wrong)
                    .andExpect(content()
                            .string(containsString("That code is wrong. After " + left + " more wrong codes")));
        }
        enter("203.0.113.90", "en", reference, wrong)
                .andExpect(content().string(containsString("id=\"code-error\"")))
                .andExpect(content()
                        .string(containsString(
                                "Too many wrong codes for this mobile from your network. Wait 15 minutes and try again;"
                                        + " the application is not rejected.")))
                .andExpect(content().string(containsString("value=\"" + reference + "\"")));
        enter("203.0.113.90", "zh-CN", reference, code)
                .andExpect(content().string(containsString("您所在网络为该手机号输错验证码次数过多")));

        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.SMS_VERIFICATION);
        assertThat(jdbc.queryForObject(
                        "select count(*) from change_order_transition where order_id = ? and to_state = 'AUTHORITY_REJECTED'",
                        Integer.class,
                        orderId))
                .isZero();

        // The applicant's own flow: signed in, they follow the order page's link and enter the code.
        MockHttpSession session = Sessions.signIn(mvc, applicant.username());
        mvc.perform(get("/orders/{id}", orderId).session(session))
                .andExpect(content().string(containsString("id=\"simulated-sms-link\"")));
        enter("198.51.100.7", "en", reference, code)
                .andExpect(redirectedUrl(SimulatedAdministrationController.PATH))
                .andExpect(flash().attribute("outcome", "simulated.sms.outcome.VERIFIED"));
        assertThat(decisions.find(orderId).smsMobiles())
                .filteredOn(mobile -> mobile.mobile().equals(MOBILE))
                .singleElement()
                .satisfies(mobile -> assertThat(mobile.verified()).isTrue());
    }

    private ResultActions enter(String address, String language, String reference, String code) throws Exception {
        return mvc.perform(post(SimulatedAdministrationController.PATH)
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                .with(csrf())
                .header("Accept-Language", language)
                .param("reference", reference)
                .param("mobile", MOBILE)
                .param("code", code));
    }
}
