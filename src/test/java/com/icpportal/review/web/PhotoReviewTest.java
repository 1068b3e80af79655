package com.icpportal.review.web;

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

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.icpportal.account.Role;
import com.icpportal.changeorder.Action;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.ChangeOrderView;
import com.icpportal.changeorder.ChangeOrders;
import com.icpportal.changeorder.OrderState;
import com.icpportal.changeorder.ProviderDecisions;
import com.icpportal.changeorder.Reason;
import com.icpportal.changeorder.TransitionView;
import com.icpportal.review.QueueQuery;
import com.icpportal.review.QueueRow;
import com.icpportal.review.QueueTab;
import com.icpportal.review.ReviewQueue;
import com.icpportal.support.OrderSteps;
import com.icpportal.support.PortalTest;
import com.icpportal.support.Sessions;
import com.icpportal.support.TestClock;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;

/**
 * The photo review on the case page: return with a reason (required) that the applicant sees,
 * pass with one workday to submit, the app confirmation where a province verifies in the app, and
 * the "To submit" tab of the queue.
 */
@PortalTest
class PhotoReviewTest {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

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
    ReviewQueue queue;

    @Autowired
    TestClock clock;

    TestAccount applicant;
    TestAccount reviewer;
    MockHttpSession applicantSession;
    MockHttpSession reviewerSession;

    @BeforeEach
    void people() throws Exception {
        applicant = testData.account("photo", Role.APPLICANT);
        reviewer = testData.account("reviewer", Role.REVIEWER);
        applicantSession = Sessions.signIn(mvc, applicant.username());
        reviewerSession = Sessions.signIn(mvc, reviewer.username());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aPhotoIsReturnedWithAReasonThenPassedWithOneWorkdayToSubmit() throws Exception {
        clock.setTo(china(2026, 1, 8, 10, 0));
        UUID orderId =
                orderInPhotoReview(testData.beijingFiling(applicant, "北京照片审核有限公司", TestData.uniqueDomain("photo"))
                        .id());
        String reference = decisions.find(orderId).reference();

        String page = mvc.perform(get("/review/orders/{id}", orderId).session(reviewerSession))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Verification photo", "photo.png", "Pass the photo", "Return to the applicant");

        // A return without a reason: the message at the field and in the summary, nothing changed.
        String refused = mvc.perform(post("/review/orders/{id}/verification", orderId)
                        .session(reviewerSession)
                        .with(csrf())
                        .param("decision", "return")
                        .param("version", version(orderId))
                        .param("reason", "   "))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused)
                .contains(
                        "<title>Error: Order " + reference,
                        "There is a problem",
                        "href=\"#photoReason\"",
                        "id=\"photoReason-error\"",
                        "Enter why the photo is returned.");
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.VERIFICATION_REVIEW);

        mvc.perform(post("/review/orders/{id}/verification", orderId)
                        .session(reviewerSession)
                        .with(csrf())
                        .param("decision", "return")
                        .param("version", version(orderId))
                        .param("reason", "照片背景不是纯色，请在幕布前重新拍摄"))
                .andExpect(redirectedUrl("/review/orders/" + orderId))
                .andExpect(flash().attribute("notice", "review.photo.returned"));
        ChangeOrderView returned = decisions.find(orderId);
        assertThat(returned.state()).isEqualTo(OrderState.VERIFICATION);
        TransitionView step = returned.timeline().get(returned.timeline().size() - 1);
        assertThat(step.action()).isEqualTo(Action.RETURN_VERIFICATION);
        assertThat(step.reasons())
                .containsExactly(new Reason("document:VERIFICATION_PHOTO", "照片背景不是纯色，请在幕布前重新拍摄", null));
        mvc.perform(get("/orders/{id}/verification", orderId).session(applicantSession))
                .andExpect(content().string(containsString("The provider returned your verification")))
                .andExpect(content().string(containsString("照片背景不是纯色，请在幕布前重新拍摄")));

        // The applicant sends a new photo on Friday afternoon; passing it then leaves until Monday, same time.
        clock.setTo(china(2026, 1, 9, 16, 0));
        reviewerSession = Sessions.signIn(mvc, reviewer.username()); // a day later: the old session expired
        testData.attachVerificationPhoto(applicant.id(), orderId);
        changeOrders.submitVerification(Actor.applicant(applicant.id()), orderId, Long.parseLong(version(orderId)));
        mvc.perform(post("/review/orders/{id}/verification", orderId)
                        .session(reviewerSession)
                        .with(csrf())
                        .param("decision", "pass")
                        .param("version", version(orderId)))
                .andExpect(redirectedUrl("/review/orders/" + orderId))
                .andExpect(flash().attribute("notice", "review.photo.passed"));
        ChangeOrderView passed = decisions.find(orderId);
        assertThat(passed.state()).isEqualTo(OrderState.AWAITING_SUBMISSION);
        assertThat(passed.dueAt()).isEqualTo(china(2026, 1, 12, 16, 0));

        // Its own tab: "To submit", whoever holds it; no longer among the unassigned reviews once released.
        decisions.release(Actor.reviewer(reviewer.id()), orderId);
        assertThat(tab(QueueTab.TO_SUBMIT, passed.dueAt())).contains(orderId);
        assertThat(tab(QueueTab.UNASSIGNED, passed.dueAt())).doesNotContain(orderId);
        mvc.perform(get("/review")
                        .param("tab", "TO_SUBMIT")
                        .param("province", "110000")
                        .session(reviewerSession))
                .andExpect(content().string(containsString("To submit to the administration")))
                .andExpect(content().string(containsString(reference)));
    }

    @Test
    void whereTheProvinceVerifiesInTheAppTheReviewerConfirmsIt() throws Exception {
        var filing = testData.filing(
                applicant, "310000", "沪", "310100", "310101", "上海核验确认有限公司", TestData.uniqueDomain("app"));
        UUID orderId = orderInPhotoReview(filing.id());

        mvc.perform(get("/review/orders/{id}", orderId).session(reviewerSession))
                .andExpect(content().string(containsString("Verification in the administration&#39;s app")))
                .andExpect(content().string(containsString("name=\"appConfirmed\"")))
                .andExpect(content().string(containsString("App verification to confirm")))
                .andExpect(content().string(not(containsString("Photo in review"))))
                .andExpect(content().string(not(containsString("Pass the photo"))));

        // Passing without the confirmation is refused at the checkbox; what was typed is kept.
        String refused = mvc.perform(post("/review/orders/{id}/verification", orderId)
                        .session(reviewerSession)
                        .with(csrf())
                        .param("decision", "pass")
                        .param("version", version(orderId))
                        .param("reason", "草稿原因"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused)
                .contains("Error:", "href=\"#appConfirmed\"", "id=\"appConfirmed-error\"", ">草稿原因</textarea>");
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.VERIFICATION_REVIEW);
        // The service refuses it too, whoever calls it.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> decisions.passVerification(
                        com.icpportal.changeorder.Actor.reviewer(reviewer.id()),
                        orderId,
                        Long.parseLong(version(orderId)),
                        false))
                .isInstanceOf(com.icpportal.changeorder.AppVerificationNotConfirmedException.class);
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.VERIFICATION_REVIEW);

        mvc.perform(post("/review/orders/{id}/verification", orderId)
                        .session(reviewerSession)
                        .with(csrf())
                        .param("decision", "pass")
                        .param("version", version(orderId))
                        .param("appConfirmed", "true"))
                .andExpect(redirectedUrl("/review/orders/" + orderId));
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.AWAITING_SUBMISSION);
    }

    @Test
    void theAppVerificationCanBeReturnedWithAReasonAboutTheWholeOrder() throws Exception {
        var filing = testData.filing(
                applicant, "310000", "沪", "310100", "310101", "上海核验退回有限公司", TestData.uniqueDomain("app"));
        UUID orderId = orderInPhotoReview(filing.id());
        mvc.perform(post("/review/orders/{id}/verification", orderId)
                        .session(reviewerSession)
                        .with(csrf())
                        .param("decision", "return")
                        .param("version", version(orderId)))
                .andExpect(content().string(containsString("Enter why the app verification is returned.")));
        mvc.perform(post("/review/orders/{id}/verification", orderId)
                        .session(reviewerSession)
                        .with(csrf())
                        .param("decision", "return")
                        .param("version", version(orderId))
                        .param("reason", "App 中未见核验记录"))
                .andExpect(redirectedUrl("/review/orders/" + orderId));
        ChangeOrderView returned = decisions.find(orderId);
        assertThat(returned.state()).isEqualTo(OrderState.VERIFICATION);
        assertThat(returned.currentReasons()).containsExactly(Reason.general("App 中未见核验记录"));
    }

    @Test
    void onlyTheReviewerHoldingTheOrderDecidesAndApplicantsNever() throws Exception {
        UUID orderId =
                orderInPhotoReview(testData.beijingFiling(applicant, "北京照片权限有限公司", TestData.uniqueDomain("photo"))
                        .id());
        TestAccount other = testData.account("other", Role.REVIEWER);
        mvc.perform(post("/review/orders/{id}/verification", orderId)
                        .session(Sessions.signIn(mvc, other.username()))
                        .with(csrf())
                        .param("decision", "pass")
                        .param("version", version(orderId)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("is not assigned to you")));
        mvc.perform(post("/review/orders/{id}/verification", orderId)
                        .session(applicantSession)
                        .with(csrf())
                        .param("decision", "pass")
                        .param("version", version(orderId)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/review/orders/{id}/verification", orderId)
                        .session(reviewerSession)
                        .with(csrf())
                        .param("decision", "pass")
                        .param("version", "0"))
                .andExpect(status().isConflict());
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.VERIFICATION_REVIEW);
    }

    private UUID orderInPhotoReview(UUID subjectId) {
        return steps.subjectChange(applicant, subjectId)
                .address("照片路8号")
                .reviewer(reviewer)
                .inState(OrderState.VERIFICATION_REVIEW);
    }

    private java.util.List<UUID> tab(QueueTab tab, Instant now) {
        return queue
                .page(new QueueQuery(tab, null, "110000", OrderState.AWAITING_SUBMISSION, false, null, null, 200, now))
                .rows()
                .stream()
                .map(QueueRow::id)
                .toList();
    }

    private String version(UUID orderId) {
        return String.valueOf(decisions.find(orderId).version());
    }

    private static Instant china(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(CHINA).toInstant();
    }
}
