package com.icpportal.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import com.icpportal.account.Role;
import com.icpportal.calendar.WorkingCalendar;
import com.icpportal.changeorder.Action;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.ActorRole;
import com.icpportal.changeorder.AdministrationRecords;
import com.icpportal.changeorder.ChangeOrderView;
import com.icpportal.changeorder.NotClaimedException;
import com.icpportal.changeorder.OrderState;
import com.icpportal.changeorder.ProviderDecisions;
import com.icpportal.changeorder.Reason;
import com.icpportal.changeorder.SmsMobileView;
import com.icpportal.changeorder.TransitionView;
import com.icpportal.changeorder.UnknownMobileException;
import com.icpportal.support.OrderSteps;
import com.icpportal.support.PortalTest;
import com.icpportal.support.TestClock;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;

/** The manual gateway: staff submit, then record each principal's SMS verification and the administration's decision. */
@PortalTest
class ManualGatewayTest {

    /** Tuesday 1 December 2026, 10:00 in Beijing: a working day, within working hours. */
    static final Instant TUESDAY_10_00 = Instant.parse("2026-12-01T02:00:00Z");

    @Autowired
    TestData testData;

    @Autowired
    OrderSteps steps;

    @Autowired
    TestClock clock;

    @Autowired
    AuthorityDecisions authority;

    @Autowired
    AuthoritySettings settings;

    @Autowired
    ProviderDecisions decisions;

    @Autowired
    SmsDeadlineJob deadlineJob;

    @Autowired
    WorkingCalendar calendar;

    TestAccount applicant;
    UUID reviewerId;
    Actor reviewer;

    @BeforeEach
    void setUp() {
        clock.setTo(TUESDAY_10_00);
        settings.use(AuthoritySettings.MANUAL);
        applicant = testData.account("sms-applicant", Role.APPLICANT);
        reviewerId = testData.account("sms-reviewer", Role.REVIEWER).id();
        reviewer = Actor.reviewer(reviewerId);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
        settings.use(AuthoritySettings.MANUAL);
    }

    @Test
    void submissionListsBothPrincipalsMobilesWithA48HourDeadline() {
        UUID orderId = steps.awaitingSubmission(applicant, reviewerId, true, "13912345678");

        ChangeOrderView order =
                authority.submit(reviewer, orderId, decisions.find(orderId).version());

        assertThat(authority.gateway().name()).isEqualTo("manual");
        assertThat(order.state()).isEqualTo(OrderState.SMS_VERIFICATION);
        assertThat(order.dueAt()).isEqualTo(TUESDAY_10_00.plus(Duration.ofHours(48)));
        assertThat(order.smsMobiles()).extracting(SmsMobileView::mobile).containsExactly("13800138000", "13912345678");
        assertThat(order.smsMobiles()).noneMatch(SmsMobileView::verified);
        assertThat(authority.step(orderId).gateway()).isEqualTo("manual");
    }

    @Test
    void theSamePersonVerifiesOnce() {
        UUID orderId = steps.awaitingSubmission(applicant, reviewerId, true, "13800138000");

        ChangeOrderView order =
                authority.submit(reviewer, orderId, decisions.find(orderId).version());

        assertThat(order.smsMobiles()).extracting(SmsMobileView::mobile).containsExactly("13800138000");
    }

    @Test
    void submittingNeedsTheClaimAndTheCurrentVersion() {
        UUID orderId = steps.awaitingSubmission(applicant, reviewerId, true, "13912345678");
        Actor other =
                Actor.reviewer(testData.account("other-reviewer", Role.REVIEWER).id());
        long version = decisions.find(orderId).version();

        assertThatThrownBy(() -> authority.submit(other, orderId, version)).isInstanceOf(NotClaimedException.class);
        assertThatThrownBy(() -> authority.submit(reviewer, orderId, version - 1))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.AWAITING_SUBMISSION);
    }

    @Test
    void oneOfTwoVerifiedWhenTheDeadlinePassesIsRejectedWithTheSmsReason() {
        UUID orderId = submittedWithSms("13912345678");
        ChangeOrderView order = authority.recordMobileVerified(
                reviewerId, orderId, decisions.find(orderId).version(), "13912345678");
        assertThat(order.state()).isEqualTo(OrderState.SMS_VERIFICATION);
        assertThat(order.smsMobiles()).extracting(SmsMobileView::verified).containsExactly(false, true);

        clock.advance(Duration.ofHours(48).minusMinutes(1));
        deadlineJob.rejectExpired();
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.SMS_VERIFICATION);

        clock.advance(Duration.ofMinutes(1));
        deadlineJob.rejectExpired();

        order = decisions.find(orderId);
        assertThat(order.state()).isEqualTo(OrderState.AUTHORITY_REJECTED);
        assertThat(order.reasonsToActOn()).containsExactly(AdministrationRecords.SMS_DEADLINE_MISSED);
        assertThat(order.reasonsToActOn().get(0).messageKey()).isEqualTo("order.reason.smsDeadlineMissed");
        TransitionView last = order.timeline().get(order.timeline().size() - 1);
        assertThat(last.action()).isEqualTo(Action.SMS_FAILED);
        assertThat(last.actor()).isEqualTo(Actor.authority(null));
    }

    @Test
    void bothVerifiedMovesToTheAdministrationsReviewDueAtTheEndOfItsWindow() {
        UUID orderId = submittedWithSms("13912345678");
        clock.advance(Duration.ofHours(3));
        authority.recordMobileVerified(
                reviewerId, orderId, decisions.find(orderId).version(), "13800138000");
        ChangeOrderView order = authority.recordMobileVerified(
                reviewerId, orderId, decisions.find(orderId).version(), "13912345678");

        assertThat(order.state()).isEqualTo(OrderState.AUTHORITY_REVIEW);
        assertThat(order.dueAt())
                .isEqualTo(calendar.deadline(clock.instant(), order.rules().reviewMaxWorkdays()));
        assertThat(order.smsMobiles()).allMatch(SmsMobileView::verified);
        TransitionView last = order.timeline().get(order.timeline().size() - 1);
        assertThat(last.action()).isEqualTo(Action.SMS_VERIFIED);
        assertThat(last.actor()).isEqualTo(Actor.authority(reviewerId));

        clock.advance(Duration.ofHours(60));
        deadlineJob.rejectExpired();
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.AUTHORITY_REVIEW);
    }

    @Test
    void aVerificationRecordedAfterThe48HoursRejectsTheOrderEvenBeforeTheJobRan() {
        UUID orderId = submittedWithSms("13912345678");
        authority.recordMobileVerified(
                reviewerId, orderId, decisions.find(orderId).version(), "13800138000");
        clock.advance(Duration.ofHours(48).plusMinutes(1));

        ChangeOrderView order = authority.recordMobileVerified(
                reviewerId, orderId, decisions.find(orderId).version(), "13912345678");

        assertThat(order.state()).isEqualTo(OrderState.AUTHORITY_REJECTED);
        assertThat(order.reasonsToActOn()).containsExactly(AdministrationRecords.SMS_DEADLINE_MISSED);
        assertThat(order.dueAt()).isNull();
    }

    @Test
    void aMobileTheAdministrationDidNotTextCannotBeRecorded() {
        UUID orderId = submittedWithSms("13912345678");
        long version = decisions.find(orderId).version();

        assertThatThrownBy(() -> authority.recordMobileVerified(reviewerId, orderId, version, "13700000000"))
                .isInstanceOf(UnknownMobileException.class);
    }

    @Test
    void staffRecordTheApprovalWithItsDate() {
        UUID orderId = steps.awaitingSubmission(applicant, reviewerId, false, "13912345678");
        ChangeOrderView order =
                authority.submit(reviewer, orderId, decisions.find(orderId).version());
        assertThat(order.state()).isEqualTo(OrderState.AUTHORITY_REVIEW);
        assertThat(order.smsMobiles()).isEmpty();
        assertThat(order.dueAt())
                .isEqualTo(calendar.deadline(TUESDAY_10_00, order.rules().reviewMaxWorkdays()));

        clock.advance(Duration.ofDays(7));
        order = authority.recordApproval(reviewerId, orderId, order.version(), LocalDate.of(2026, 12, 7), "管局系统已通过");

        assertThat(order.state()).isEqualTo(OrderState.APPROVED);
        assertThat(order.approvedOn()).isEqualTo(LocalDate.of(2026, 12, 7));
        TransitionView last = order.timeline().get(order.timeline().size() - 1);
        assertThat(last.actor().role()).isEqualTo(ActorRole.AUTHORITY);
        assertThat(last.actor().id()).isEqualTo(reviewerId);
    }

    @Test
    void staffRecordTheRejectionWithReasons() {
        UUID orderId = steps.awaitingSubmission(applicant, reviewerId, false, "13912345678");
        ChangeOrderView order =
                authority.submit(reviewer, orderId, decisions.find(orderId).version());
        clock.advance(Duration.ofDays(3));

        order = authority.recordRejection(
                reviewerId,
                orderId,
                order.version(),
                List.of(new Reason("principal.mobile", "手机号与实名信息不符", "请更换本人实名手机号"), Reason.general("材料需重新上传")),
                null);

        assertThat(order.state()).isEqualTo(OrderState.AUTHORITY_REJECTED);
        assertThat(order.reasonsToActOn()).extracting(Reason::fieldKey).containsExactly("principal.mobile", "general");
    }

    @Test
    void theSimulatedGatewayRefusesManualRecording() {
        UUID orderId = submittedWithSms("13912345678");
        settings.use(AuthoritySettings.SIMULATED);
        long version = decisions.find(orderId).version();

        assertThatThrownBy(() -> authority.recordMobileVerified(reviewerId, orderId, version, "13912345678"))
                .isInstanceOf(GatewayDecidesException.class);
    }

    private UUID submittedWithSms(String websiteMobile) {
        UUID orderId = steps.awaitingSubmission(applicant, reviewerId, true, websiteMobile);
        authority.submit(reviewer, orderId, decisions.find(orderId).version());
        return orderId;
    }
}
