package com.icpportal.review.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.icpportal.account.Role;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.ChangeOrders;
import com.icpportal.changeorder.OrderState;
import com.icpportal.changeorder.ProviderDecisions;
import com.icpportal.review.ContactLog;
import com.icpportal.support.OrderSteps;
import com.icpportal.support.PortalTest;
import com.icpportal.support.Sessions;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;

/** The case page: claim, per-field return seen by the applicant, resubmission, pass; and who may reach what. */
@PortalTest
class CasePageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    ChangeOrders changeOrders;

    @Autowired
    ProviderDecisions decisions;

    @Autowired
    ContactLog contactLog;

    @Autowired
    OrderSteps steps;

    TestAccount applicant;
    TestAccount reviewer;
    TestAccount other;
    MockHttpSession applicantSession;
    MockHttpSession reviewerSession;

    @BeforeEach
    void people() throws Exception {
        applicant = testData.account("case", Role.APPLICANT);
        reviewer = testData.account("reviewer", Role.REVIEWER);
        other = testData.account("other", Role.REVIEWER);
        applicantSession = Sessions.signIn(mvc, applicant.username());
        reviewerSession = Sessions.signIn(mvc, reviewer.username());
    }

    @Test
    void claimReturnWithAFieldReasonResubmitAndPass() throws Exception {
        UUID orderId = submittedOrder();
        mvc.perform(get("/review/orders/{id}", orderId).session(reviewerSession))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Filed and proposed")))
                .andExpect(content().string(containsString("Changed")))
                .andExpect(content().string(containsString("Assign to me")));

        // Not held: no decision.
        mvc.perform(post("/review/orders/{id}/decision", orderId)
                        .session(reviewerSession)
                        .with(csrf())
                        .param("decision", "pass")
                        .param("version", version(orderId)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("is not assigned to you")));

        mvc.perform(post("/review/orders/{id}/claim", orderId)
                        .session(reviewerSession)
                        .with(csrf()))
                .andExpect(redirectedUrl("/review/orders/" + orderId));
        mvc.perform(post("/review/orders/{id}/claim", orderId)
                        .session(Sessions.signIn(mvc, other.username()))
                        .with(csrf()))
                .andExpect(flash().attribute("claimedBy", "Test " + reviewer.username()));

        // A return needs a reason; an invented field key is not one.
        mvc.perform(post("/review/orders/{id}/decision", orderId)
                        .session(reviewerSession)
                        .with(csrf())
                        .param("decision", "return")
                        .param("version", version(orderId))
                        .param("reason0.field", "<script>")
                        .param("reason0.problem", "x"))
                .andExpect(flash().attribute("decisionError", "review.decision.reasonNeeded"));
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.PROVIDER_REVIEW);

        mvc.perform(post("/review/orders/{id}/decision", orderId)
                        .session(reviewerSession)
                        .with(csrf())
                        .param("decision", "return")
                        .param("version", version(orderId))
                        .param("reason0.field", "principal.mobile")
                        .param("reason0.problem", "电话两次无人接听")
                        .param("reason0.suggestion", "请换一个工作时间能接通的号码"))
                .andExpect(redirectedUrl("/review/orders/" + orderId));
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.RETURNED);

        String principalPage = mvc.perform(
                        get("/orders/{id}/principal", orderId).session(applicantSession))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(principalPage).contains("id=\"mobile-reason\"", "电话两次无人接听", "请换一个工作时间能接通的号码");

        changeOrders.resubmit(Actor.applicant(applicant.id()), orderId, Long.parseLong(version(orderId)));
        mvc.perform(post("/review/orders/{id}/decision", orderId)
                        .session(reviewerSession)
                        .with(csrf())
                        .param("decision", "pass")
                        .param("version", version(orderId)))
                .andExpect(flash().attribute("notice", "review.decision.recorded"));
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.VERIFICATION);
    }

    @Test
    void aTooLongNoteOrReasonIsAMessageNotAServerError() throws Exception {
        UUID orderId = submittedOrder();
        mvc.perform(post("/review/orders/{id}/claim", orderId)
                        .session(reviewerSession)
                        .with(csrf()))
                .andExpect(redirectedUrl("/review/orders/" + orderId));
        String longText = "长".repeat(1001);

        var call = mvc.perform(post("/review/orders/{id}/calls", orderId)
                        .session(reviewerSession)
                        .with(csrf())
                        .param("outcome", "NO_ANSWER")
                        .param("note", longText))
                .andExpect(redirectedUrl("/review/orders/" + orderId))
                .andExpect(flash().attribute("decisionError", "review.text.tooLong"))
                .andReturn();
        assertThat(contactLog.calls(orderId)).isEmpty();
        mvc.perform(get("/review/orders/{id}", orderId).session(reviewerSession).flashAttrs(call.getFlashMap()))
                .andExpect(content().string(containsString("at most 1,000 characters")));

        mvc.perform(post("/review/orders/{id}/decision", orderId)
                        .session(reviewerSession)
                        .with(csrf())
                        .param("decision", "return")
                        .param("version", version(orderId))
                        .param("reason0.field", "principal.mobile")
                        .param("reason0.problem", longText))
                .andExpect(flash().attribute("decisionError", "review.text.tooLong"));
        mvc.perform(post("/review/orders/{id}/decision", orderId)
                        .session(reviewerSession)
                        .with(csrf())
                        .param("decision", "pass")
                        .param("version", version(orderId))
                        .param("note", longText))
                .andExpect(flash().attribute("decisionError", "review.text.tooLong"));
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.PROVIDER_REVIEW);

        // exactly 1,000 characters is kept
        mvc.perform(post("/review/orders/{id}/calls", orderId)
                        .session(reviewerSession)
                        .with(csrf())
                        .param("outcome", "NO_ANSWER")
                        .param("note", "长".repeat(1000)))
                .andExpect(redirectedUrl("/review/orders/" + orderId));
        assertThat(contactLog.calls(orderId)).hasSize(1);
    }

    @Test
    void eachRoleStaysOnItsOwnSide() throws Exception {
        UUID orderId = submittedOrder();
        mvc.perform(get("/review/orders/{id}", orderId).session(applicantSession))
                .andExpect(status().isForbidden());
        mvc.perform(post("/review/orders/{id}/claim", orderId)
                        .session(applicantSession)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/orders/{id}", orderId).session(reviewerSession)).andExpect(status().isForbidden());
        mvc.perform(post("/orders/{id}/withdraw", orderId)
                        .session(reviewerSession)
                        .with(csrf())
                        .param("version", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin").session(reviewerSession)).andExpect(status().isForbidden());
        assertThat(decisions.find(orderId).assigneeId()).isNull();
    }

    private UUID submittedOrder() {
        var filing = testData.beijingFiling(applicant, "北京案件页有限公司", TestData.uniqueDomain("case"));
        return steps.subjectChange(applicant, filing.id()).address("测试路1号7号").submitted();
    }

    private String version(UUID orderId) {
        return String.valueOf(decisions.find(orderId).version());
    }
}
