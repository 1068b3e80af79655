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
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.icpportal.account.Role;
import com.icpportal.authority.AuthoritySettings;
import com.icpportal.changeorder.OrderState;
import com.icpportal.changeorder.ProviderDecisions;
import com.icpportal.support.OrderSteps;
import com.icpportal.support.PortalTest;
import com.icpportal.support.Sessions;
import com.icpportal.support.TestClock;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;

/** The staff's administration step page: submit, record SMS verifications, approval and rejection; who may reach it. */
@PortalTest
class AdministrationPageTest {

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
    ProviderDecisions decisions;

    TestAccount applicant;
    TestAccount reviewer;
    MockHttpSession reviewerSession;

    @BeforeEach
    void setUp() throws Exception {
        clock.setTo(java.time.Instant.parse("2026-12-01T02:00:00Z"));
        settings.use(AuthoritySettings.MANUAL);
        applicant = testData.account("admin-step-applicant", Role.APPLICANT);
        reviewer = testData.account("admin-step-reviewer", Role.REVIEWER);
        reviewerSession = Sessions.signIn(mvc, reviewer.username());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
        settings.use(AuthoritySettings.MANUAL);
    }

    @Test
    void submitThenRecordEachPrincipalsVerificationThenTheApproval() throws Exception {
        UUID orderId = steps.awaitingSubmission(applicant, reviewer.id(), true, "13912345678");
        mvc.perform(get("/review/orders/{id}", orderId).session(reviewerSession))
                .andExpect(content().string(containsString("/review/orders/" + orderId + "/administration")));
        mvc.perform(get("/review/orders/{id}/administration", orderId).session(reviewerSession))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Submit to the communications administration")))
                .andExpect(content().string(containsString("id=\"submit-to-administration\"")));

        mvc.perform(post("/review/orders/{id}/administration/submit", orderId)
                        .session(reviewerSession)
                        .with(csrf())
                        .param("version", version(orderId)))
                .andExpect(redirectedUrl("/review/orders/" + orderId + "/administration"))
                .andExpect(flash().attribute("notice", "administration.submitted"));
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.SMS_VERIFICATION);

        mvc.perform(get("/review/orders/{id}/administration", orderId).session(reviewerSession))
                .andExpect(content().string(containsString("13912345678")))
                .andExpect(content().string(containsString("Record as verified")))
                .andExpect(content().string(containsString("id=\"verify-mobile-1\"")));

        // A stale form changes nothing.
        mvc.perform(post("/review/orders/{id}/administration/sms-verified", orderId)
                        .session(reviewerSession)
                        .with(csrf())
                        .param("version", "0")
                        .param("mobile", "13912345678"))
                .andExpect(status().isConflict());
        for (String mobile : new String[] {"13800138000", "13912345678"}) {
            mvc.perform(post("/review/orders/{id}/administration/sms-verified", orderId)
                            .session(reviewerSession)
                            .with(csrf())
                            .param("version", version(orderId))
                            .param("mobile", mobile))
                    .andExpect(redirectedUrl("/review/orders/" + orderId + "/administration"));
        }
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.AUTHORITY_REVIEW);

        clock.advance(Duration.ofDays(6));
        reviewerSession = Sessions.signIn(mvc, reviewer.username()); // the old session expired meanwhile
        mvc.perform(post("/review/orders/{id}/administration/approval", orderId)
                        .session(reviewerSession)
                        .with(csrf())
                        .param("version", version(orderId))
                        .param("approvedOn", "2026-13-45"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Administration step")))
                .andExpect(content().string(containsString("Enter the date as year-month-day")))
                .andExpect(content().string(containsString("value=\"2026-13-45\"")));
        mvc.perform(post("/review/orders/{id}/administration/approval", orderId)
                        .session(reviewerSession)
                        .with(csrf())
                        .param("version", version(orderId))
                        .param("approvedOn", "2026-12-31"))
                .andExpect(content().string(containsString("cannot be in the future")));
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.AUTHORITY_REVIEW);

        mvc.perform(post("/review/orders/{id}/administration/approval", orderId)
                        .session(reviewerSession)
                        .with(csrf())
                        .param("version", version(orderId))
                        .param("approvedOn", "2026-12-04"))
                .andExpect(redirectedUrl("/review/orders/" + orderId + "/administration"));
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.APPROVED);
        assertThat(decisions.find(orderId).approvedOn()).isEqualTo(LocalDate.of(2026, 12, 4));
    }

    @Test
    void aRejectionNeedsAReasonAboutAFieldOrTheWholeOrder() throws Exception {
        UUID orderId = steps.awaitingSubmission(applicant, reviewer.id(), false, "13912345678");
        mvc.perform(post("/review/orders/{id}/administration/submit", orderId)
                .session(reviewerSession)
                .with(csrf())
                .param("version", version(orderId)));
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.AUTHORITY_REVIEW);

        mvc.perform(post("/review/orders/{id}/administration/rejection", orderId)
                        .session(reviewerSession)
                        .with(csrf())
                        .param("version", version(orderId))
                        .param("reason0.problem", "手机号不符"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose what the reason is about.")))
                .andExpect(content().string(containsString("value=\"手机号不符\"")));
        mvc.perform(post("/review/orders/{id}/administration/rejection", orderId)
                        .session(reviewerSession)
                        .with(csrf())
                        .param("version", version(orderId)))
                .andExpect(content().string(containsString("Give at least one reason for the rejection.")));

        mvc.perform(post("/review/orders/{id}/administration/rejection", orderId)
                        .session(reviewerSession)
                        .with(csrf())
                        .param("version", version(orderId))
                        .param("reason0.field", "principal.mobile")
                        .param("reason0.problem", "手机号与实名信息不符")
                        .param("reason1.field", "general")
                        .param("reason1.problem", "请补充材料"))
                .andExpect(redirectedUrl("/review/orders/" + orderId + "/administration"));
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.AUTHORITY_REJECTED);
        assertThat(decisions.find(orderId).reasonsToActOn()).hasSize(2);
    }

    @Test
    void aTooLongNoteOrReasonIsAMessageAtItsFieldNotAServerError() throws Exception {
        UUID orderId = steps.awaitingSubmission(applicant, reviewer.id(), false, "13912345678");
        mvc.perform(post("/review/orders/{id}/administration/submit", orderId)
                .session(reviewerSession)
                .with(csrf())
                .param("version", version(orderId)));
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.AUTHORITY_REVIEW);
        String longText = "长".repeat(1001);

        mvc.perform(post("/review/orders/{id}/administration/rejection", orderId)
                        .session(reviewerSession)
                        .with(csrf())
                        .param("version", version(orderId))
                        .param("reason0.field", "principal.mobile")
                        .param("reason0.problem", longText))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Administration step")))
                .andExpect(content().string(containsString("href=\"#reason0-problem\"")))
                .andExpect(content().string(containsString("at most 1,000 characters")));
        mvc.perform(post("/review/orders/{id}/administration/rejection", orderId)
                        .session(reviewerSession)
                        .with(csrf())
                        .param("version", version(orderId))
                        .param("reason0.field", "principal.mobile")
                        .param("reason0.problem", "手机号不符")
                        .param("note", longText))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#rejection-note\"")));
        mvc.perform(post("/review/orders/{id}/administration/approval", orderId)
                        .session(reviewerSession)
                        .with(csrf())
                        .param("version", version(orderId))
                        .param("approvedOn", "2026-01-01")
                        .param("note", longText))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#approval-note\"")));
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.AUTHORITY_REVIEW);
    }

    @Test
    void withTheSimulatedGatewayThePageShowsWhatTheAdministrationDoesAndRecordsNothingByHand() throws Exception {
        settings.use(AuthoritySettings.SIMULATED);
        UUID orderId = steps.awaitingSubmission(applicant, reviewer.id(), true, "13912345678");
        mvc.perform(post("/review/orders/{id}/administration/submit", orderId)
                .session(reviewerSession)
                .with(csrf())
                .param("version", version(orderId)));

        mvc.perform(get("/review/orders/{id}/administration", orderId).session(reviewerSession))
                .andExpect(content().string(containsString("What the simulated administration is doing")))
                .andExpect(content().string(containsString("Code texted to 139****5678")))
                .andExpect(content().string(not(containsString("Record as verified"))));
        mvc.perform(post("/review/orders/{id}/administration/sms-verified", orderId)
                        .session(reviewerSession)
                        .with(csrf())
                        .param("version", version(orderId))
                        .param("mobile", "13912345678"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("records its own decisions")));
    }

    @Test
    void applicantsCannotReachTheStaffPage() throws Exception {
        UUID orderId = steps.awaitingSubmission(applicant, reviewer.id(), true, "13912345678");
        MockHttpSession applicantSession = Sessions.signIn(mvc, applicant.username());

        mvc.perform(get("/review/orders/{id}/administration", orderId).session(applicantSession))
                .andExpect(status().isForbidden());
        mvc.perform(post("/review/orders/{id}/administration/submit", orderId)
                        .session(applicantSession)
                        .with(csrf())
                        .param("version", version(orderId)))
                .andExpect(status().isForbidden());
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.AWAITING_SUBMISSION);
    }

    @Test
    void submittingNeedsTheClaim() throws Exception {
        UUID orderId = steps.awaitingSubmission(applicant, reviewer.id(), true, "13912345678");
        MockHttpSession otherSession = Sessions.signIn(
                mvc, testData.account("admin-step-other", Role.REVIEWER).username());

        mvc.perform(get("/review/orders/{id}/administration", orderId).session(otherSession))
                .andExpect(content().string(containsString("Assign the order to yourself")));
        mvc.perform(post("/review/orders/{id}/administration/submit", orderId)
                        .session(otherSession)
                        .with(csrf())
                        .param("version", version(orderId)))
                .andExpect(status().isConflict());
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.AWAITING_SUBMISSION);
    }

    @Test
    void recordingTheAdministrationsDecisionsNeedsTheClaim() throws Exception {
        UUID orderId = steps.awaitingSubmission(applicant, reviewer.id(), false, "13912345678");
        mvc.perform(post("/review/orders/{id}/administration/submit", orderId)
                .session(reviewerSession)
                .with(csrf())
                .param("version", version(orderId)));
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.AUTHORITY_REVIEW);
        MockHttpSession otherSession = Sessions.signIn(
                mvc, testData.account("admin-step-other", Role.REVIEWER).username());

        mvc.perform(get("/review/orders/{id}/administration", orderId).session(otherSession))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"record-claim-first\"")))
                .andExpect(content().string(not(containsString("id=\"record-rejection\""))));
        mvc.perform(post("/review/orders/{id}/administration/approval", orderId)
                        .session(otherSession)
                        .with(csrf())
                        .param("version", version(orderId))
                        .param("approvedOn", "2026-12-01"))
                .andExpect(status().isConflict());
        mvc.perform(post("/review/orders/{id}/administration/rejection", orderId)
                        .session(otherSession)
                        .with(csrf())
                        .param("version", version(orderId))
                        .param("reason0.field", "general")
                        .param("reason0.problem", "材料不全"))
                .andExpect(status().isConflict());

        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.AUTHORITY_REVIEW);
    }

    private String version(UUID orderId) {
        return String.valueOf(decisions.find(orderId).version());
    }
}
