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

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

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

        // A return needs a reason; an invented field key is not one: the form comes back with the
        // error at the field and the typed problem kept.
        mvc.perform(post("/review/orders/{id}/decision", orderId)
                        .session(reviewerSession)
                        .with(csrf())
                        .param("decision", "return")
                        .param("version", version(orderId))
                        .param("reason0.field", "<script>")
                        .param("reason0.problem", "门牌号缺失"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose what this reason is about.")))
                .andExpect(content().string(containsString(">门牌号缺失</textarea>")))
                .andExpect(content()
                        .string(containsString(
                                "name=\"reason0.field\" aria-describedby=\"reason0-field-error\" autofocus")));
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.PROVIDER_REVIEW);

        // Continue only shows the check step; the confirmation decides.
        mvc.perform(post("/review/orders/{id}/decision", orderId)
                        .session(reviewerSession)
                        .with(csrf())
                        .param("decision", "return")
                        .param("version", version(orderId))
                        .param("reason0.field", "principal.mobile")
                        .param("reason0.problem", "电话两次无人接听")
                        .param("reason0.suggestion", "请换一个工作时间能接通的号码"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Check your decision on")))
                .andExpect(content().string(containsString("Confirm and return")));
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.PROVIDER_REVIEW);
        mvc.perform(post("/review/orders/{id}/decision/confirm", orderId)
                        .session(reviewerSession)
                        .with(csrf())
                        .param("decision", "return")
                        .param("version", version(orderId))
                        .param("reason0.field", "principal.mobile")
                        .param("reason0.problem", "电话两次无人接听")
                        .param("reason0.suggestion", "请换一个工作时间能接通的号码"))
                .andExpect(redirectedUrl("/review/orders/" + orderId));
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.RETURNED);
        // The timeline names the field in words, not by its key.
        assertThat(mvc.perform(get("/review/orders/{id}", orderId).session(reviewerSession))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("电话两次无人接听")
                .doesNotContain(">principal.mobile<");

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
                .andExpect(content().string(containsString("Confirm and pass")));
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.PROVIDER_REVIEW);
        mvc.perform(post("/review/orders/{id}/decision/confirm", orderId)
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

        mvc.perform(post("/review/orders/{id}/decision/confirm", orderId)
                        .session(reviewerSession)
                        .with(csrf())
                        .param("decision", "return")
                        .param("version", version(orderId))
                        .param("reason0.field", "principal.mobile")
                        .param("reason0.problem", longText))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"reason0-problem-error\"")))
                .andExpect(content().string(containsString("at most 1,000 characters")));
        mvc.perform(post("/review/orders/{id}/decision", orderId)
                        .session(reviewerSession)
                        .with(csrf())
                        .param("decision", "pass")
                        .param("version", version(orderId))
                        .param("note", longText))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"note-error\"")));
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
    void noDecisionChosenOrAReturnWithoutReasonKeepsTheTextAtTheField() throws Exception {
        UUID orderId = submittedOrder();
        mvc.perform(post("/review/orders/{id}/claim", orderId)
                .session(reviewerSession)
                .with(csrf()));
        mvc.perform(post("/review/orders/{id}/decision", orderId)
                        .session(reviewerSession)
                        .with(csrf())
                        .param("version", version(orderId))
                        .param("note", "已电话核实"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose pass, return for correction or reject.")))
                .andExpect(content().string(containsString(">已电话核实</textarea>")))
                .andExpect(content().string(containsString("value=\"pass\" autofocus")));
        mvc.perform(post("/review/orders/{id}/decision", orderId)
                        .session(reviewerSession)
                        .with(csrf())
                        .param("decision", "reject")
                        .param("version", version(orderId))
                        .param("note", "已电话核实"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A return or rejection needs at least one reason")))
                .andExpect(content()
                        .string(containsString(
                                "name=\"reason0.problem\" aria-describedby=\"reason0-problem-error\" autofocus")))
                .andExpect(content().string(containsString(">已电话核实</textarea>")));
        // "unreachable" is refused until the contact log shows it, and the form says why
        mvc.perform(get("/review/orders/{id}", orderId).session(reviewerSession))
                .andExpect(content()
                        .string(containsString("available after two unanswered calls logged at least an hour apart")));
        mvc.perform(post("/review/orders/{id}/decision/confirm", orderId)
                        .session(reviewerSession)
                        .with(csrf())
                        .param("decision", "unreachable")
                        .param("version", version(orderId)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("needs two unanswered calls")));
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.PROVIDER_REVIEW);
    }

    @Test
    void changeOnTheCheckStepShowsTheFormAsTyped() throws Exception {
        UUID orderId = submittedOrder();
        mvc.perform(post("/review/orders/{id}/claim", orderId)
                .session(reviewerSession)
                .with(csrf()));
        mvc.perform(post("/review/orders/{id}/decision/edit", orderId)
                        .session(reviewerSession)
                        .with(csrf())
                        .param("decision", "return")
                        .param("version", version(orderId))
                        .param("reason1.field", "subject.address")
                        .param("reason1.problem", "地址不完整"))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("value=\"return\" data-reveals=\"decision-reasons\" checked")))
                .andExpect(content().string(containsString("value=\"subject.address\" selected")))
                .andExpect(content().string(containsString(">地址不完整</textarea>")));
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

    @Test
    void anAdminReassignsToStaffOnlyNeverToAnApplicant() throws Exception {
        TestAccount admin = testData.account("reassigning-admin", Role.ADMIN);
        MockHttpSession adminSession = Sessions.signIn(mvc, admin.username());
        UUID orderId = steps.order(applicant, submittedOrder())
                .reviewer(com.icpportal.changeorder.Actor.reviewer(reviewer.id()))
                .claimed();

        mvc.perform(post("/review/orders/{id}/reassign", orderId)
                        .param("reviewerId", applicant.id().toString())
                        .with(csrf())
                        .session(adminSession))
                .andExpect(status().isForbidden());
        assertThat(assignee(orderId)).isEqualTo(reviewer.id());

        mvc.perform(post("/review/orders/{id}/reassign", orderId)
                        .param("reviewerId", other.id().toString())
                        .with(csrf())
                        .session(adminSession))
                .andExpect(status().is3xxRedirection());
        assertThat(assignee(orderId)).isEqualTo(other.id());
    }

    @Test
    void theHolderIsNamedAndOnlyAnAdminIsOfferedTheReviewersToReassignTo() throws Exception {
        TestAccount admin = testData.account("listing-admin", Role.ADMIN);
        MockHttpSession adminSession = Sessions.signIn(mvc, admin.username());
        UUID orderId = steps.order(applicant, submittedOrder())
                .reviewer(com.icpportal.changeorder.Actor.reviewer(reviewer.id()))
                .claimed();

        com.icpportal.support.StatementCounter.reset();
        String adminPage;
        try {
            adminPage = mvc.perform(get("/review/orders/{id}", orderId).session(adminSession))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            // the holder is a reviewer: named from the reassignment list, not read again
            assertThat(com.icpportal.support.StatementCounter.statements())
                    .noneMatch(sql -> sql.contains("select display_name from account where id"));
        } finally {
            com.icpportal.support.StatementCounter.stop();
        }
        assertThat(adminPage)
                .contains("<span>Test " + reviewer.username() + "</span>")
                .contains("<option value=\"" + other.id() + "\">Test " + other.username() + "</option>")
                .contains("<option value=\"" + reviewer.id() + "\">Test " + reviewer.username() + "</option>")
                .doesNotContain("value=\"" + applicant.id() + "\"")
                .doesNotContain("value=\"" + admin.id() + "\"");

        MockHttpSession otherSession = Sessions.signIn(mvc, other.username());
        String reviewerPage = mvc.perform(get("/review/orders/{id}", orderId).session(otherSession))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(reviewerPage)
                .contains("<span>Test " + reviewer.username() + "</span>")
                .doesNotContain("name=\"reviewerId\"");
    }

    private UUID assignee(UUID orderId) {
        return jdbc.queryForObject("select assignee_id from change_order where id = ?", UUID.class, orderId);
    }

    private UUID submittedOrder() {
        var filing = testData.beijingFiling(applicant, "北京案件页有限公司", TestData.uniqueDomain("case"));
        return steps.subjectChange(applicant, filing.id()).address("测试路1号7号").submitted();
    }

    private String version(UUID orderId) {
        return String.valueOf(decisions.find(orderId).version());
    }
}
