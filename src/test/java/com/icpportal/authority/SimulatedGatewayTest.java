package com.icpportal.authority;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import com.icpportal.account.Role;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.AdministrationRecords;
import com.icpportal.changeorder.ChangeOrderView;
import com.icpportal.changeorder.MobileVerified;
import com.icpportal.changeorder.OrderState;
import com.icpportal.changeorder.ProviderDecisions;
import com.icpportal.changeorder.SmsCodeRefused;
import com.icpportal.changeorder.SmsMobileView;
import com.icpportal.support.OrderSteps;
import com.icpportal.support.PortalTest;
import com.icpportal.support.TestClock;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;

/**
 * The simulated administration: codes texted as events (only their hash kept), wrong codes counted
 * per source address (every fifth pauses that address, none rejects), right codes verify, and it approves by itself after the configured delay.
 */
@PortalTest
@RecordApplicationEvents
class SimulatedGatewayTest {

    static final String APPLICANT_ADDRESS = "198.51.100.20";

    static final String STRANGER_ADDRESS = "203.0.113.66";

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
    SimulatedAuthorityGateway gateway;

    @Autowired
    SimulatedAdministrationJob job;

    @Autowired
    ProviderDecisions decisions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    com.icpportal.filing.Filings filings;

    TestAccount applicant;
    UUID reviewerId;

    @BeforeEach
    void setUp() {
        clock.setTo(ManualGatewayTest.TUESDAY_10_00);
        settings.use(AuthoritySettings.SIMULATED);
        applicant = testData.account("simulated-applicant", Role.APPLICANT);
        reviewerId = testData.account("simulated-reviewer", Role.REVIEWER).id();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
        settings.use(AuthoritySettings.MANUAL);
    }

    @Test
    void submissionTextsEachPrincipalASixDigitCodeAndKeepsOnlyItsHash() {
        UUID orderId = steps.awaitingSubmission(applicant, reviewerId, true, "13912345678");
        ChangeOrderView order = authority.submit(
                Actor.reviewer(reviewerId), orderId, decisions.find(orderId).version());

        assertThat(authority.gateway().name()).isEqualTo("simulated");
        assertThat(order.state()).isEqualTo(OrderState.SMS_VERIFICATION);
        Map<String, String> codes = codes(orderId);
        assertThat(codes).containsOnlyKeys("13800138000", "13912345678");
        assertThat(codes.values()).allMatch(code -> code.matches("\\d{6}"));
        events.stream(SmsCodeRequested.class)
                .filter(event -> event.orderId().equals(orderId))
                .forEach(event -> assertThat(event.toString())
                        .doesNotContain(event.mobile())
                        .isEqualTo("SmsCodeRequested[" + order.reference() + ", " + event.maskedMobile() + "]"));
        List<Map<String, Object>> stored =
                jdbc.queryForList("select mobile, code_hash from simulated_sms_code where order_id = ?", orderId);
        assertThat(stored)
                .hasSize(2)
                .allSatisfy(row -> assertThat(row.get("code_hash").toString())
                        .hasSize(64)
                        .isNotEqualTo(codes.get(row.get("mobile").toString())));
        assertThat(authority.step(orderId).codesSent())
                .extracting(AdministrationStep.CodeSent::maskedMobile)
                .containsExactlyInAnyOrder("138****8000", "139****5678");
    }

    @Test
    void wrongCodesAreCountedAndTheRightOnesVerifyThenTheAdministrationApprovesAfterItsDelay() {
        UUID orderId = submitted();
        Map<String, String> codes = codes(orderId);
        String reference = decisions.find(orderId).reference();
        clock.advance(Duration.ofMinutes(5));

        SmsCodeResult wrong =
                gateway.enterCode(reference, "139 1234 5678", wrongCode(codes.get("13912345678")), APPLICANT_ADDRESS);
        assertThat(wrong).isEqualTo(new SmsCodeResult(SmsCodeResult.Outcome.WRONG, 4));
        assertThat(jdbc.queryForObject(
                        "select wrong_attempts from simulated_code_wrong where order_id = ? and mobile = '13912345678'",
                        Integer.class,
                        orderId))
                .isEqualTo(1);

        assertThat(gateway.enterCode(reference, "13912345678", codes.get("13912345678"), APPLICANT_ADDRESS)
                        .outcome())
                .isEqualTo(SmsCodeResult.Outcome.VERIFIED);
        assertThat(gateway.enterCode(reference, "13912345678", codes.get("13912345678"), APPLICANT_ADDRESS)
                        .outcome())
                .isEqualTo(SmsCodeResult.Outcome.ALREADY_VERIFIED);
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.SMS_VERIFICATION);
        assertThat(gateway.enterCode(reference, "+86 13800138000", codes.get("13800138000"), APPLICANT_ADDRESS)
                        .outcome())
                .isEqualTo(SmsCodeResult.Outcome.ALL_VERIFIED);
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.AUTHORITY_REVIEW);
        assertThat(events.stream(MobileVerified.class)
                        .filter(event -> event.orderId().equals(orderId))
                        .map(MobileVerified::maskedMobile))
                .containsExactly("139****5678", "138****8000");

        Instant decideAfter = authority.step(orderId).decideAfter();
        assertThat(decideAfter).isEqualTo(clock.instant().plus(settings.decisionDelay()));
        clock.advance(settings.decisionDelay().minusSeconds(1));
        job.decideDue();
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.AUTHORITY_REVIEW);

        clock.advance(Duration.ofSeconds(1));
        job.decideDue();
        job.decideDue();
        ChangeOrderView approved = decisions.find(orderId);
        assertThat(approved.state()).isEqualTo(OrderState.APPROVED);
        assertThat(approved.approvedOn()).isEqualTo(java.time.LocalDate.of(2026, 12, 1));
        assertThat(authority.step(orderId).decidedAt()).isNotNull();
        assertThat(jdbc.queryForObject(
                        "select count(*) from change_order_transition where order_id = ? and action = 'APPROVE'",
                        Integer.class,
                        orderId))
                .isEqualTo(1);
    }

    @Test
    void theRightCodeAfterThe48HoursDoesNotReachTheAdministrationsReview() {
        UUID orderId = submitted();
        Map<String, String> codes = codes(orderId);
        String reference = decisions.find(orderId).reference();
        assertThat(gateway.enterCode(reference, "13912345678", codes.get("13912345678"), APPLICANT_ADDRESS)
                        .outcome())
                .isEqualTo(SmsCodeResult.Outcome.VERIFIED);
        clock.advance(Duration.ofHours(48).plusMinutes(1));

        assertThat(gateway.enterCode(reference, "13800138000", codes.get("13800138000"), APPLICANT_ADDRESS)
                        .outcome())
                .isEqualTo(SmsCodeResult.Outcome.NOT_WAITING);

        ChangeOrderView order = decisions.find(orderId);
        assertThat(order.state()).isEqualTo(OrderState.AUTHORITY_REJECTED);
        assertThat(order.reasonsToActOn()).containsExactly(AdministrationRecords.SMS_DEADLINE_MISSED);
        assertThat(authority.step(orderId).decideAfter()).isNull();
    }

    @Test
    void fiveWrongCodesFromAStrangerPauseOnlyTheStrangerAndNeverRejectTheOrder() {
        UUID orderId = submitted();
        String reference = decisions.find(orderId).reference();
        String rightCode = codes(orderId).get("13800138000");
        String wrongCode = wrongCode(rightCode);
        clock.advance(Duration.ofMinutes(5));

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(gateway.enterCode(reference, "13800138000", wrongCode, STRANGER_ADDRESS))
                    .isEqualTo(new SmsCodeResult(SmsCodeResult.Outcome.WRONG, 5 - attempt));
        }
        assertThat(gateway.enterCode(reference, "13800138000", wrongCode, STRANGER_ADDRESS))
                .isEqualTo(new SmsCodeResult(SmsCodeResult.Outcome.PAUSED, 0));
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.SMS_VERIFICATION);
        assertThat(events.stream(SmsCodeRefused.class)
                        .filter(event -> event.orderId().equals(orderId)))
                .isEmpty();

        // Paused, the stranger's entries are not even checked, the right code included.
        assertThat(gateway.enterCode(reference, "13800138000", rightCode, STRANGER_ADDRESS)
                        .outcome())
                .isEqualTo(SmsCodeResult.Outcome.PAUSED);
        assertThat(mobile(orderId, "13800138000").verified()).isFalse();

        // The principal, from their own address, is not held up.
        assertThat(gateway.enterCode(reference, "13800138000", rightCode, APPLICANT_ADDRESS)
                        .outcome())
                .isEqualTo(SmsCodeResult.Outcome.VERIFIED);
        assertThat(mobile(orderId, "13800138000").verified()).isTrue();
    }

    @Test
    void aPauseEndsAfterFifteenMinutes() {
        UUID orderId = submitted();
        String reference = decisions.find(orderId).reference();
        String rightCode = codes(orderId).get("13912345678");
        for (int attempt = 1; attempt <= 5; attempt++) {
            gateway.enterCode(reference, "13912345678", wrongCode(rightCode), APPLICANT_ADDRESS);
        }
        clock.advance(SimulatedWrongCodes.PAUSE.minusSeconds(1));
        assertThat(gateway.enterCode(reference, "13912345678", rightCode, APPLICANT_ADDRESS)
                        .outcome())
                .isEqualTo(SmsCodeResult.Outcome.PAUSED);

        clock.advance(Duration.ofSeconds(1));
        assertThat(gateway.enterCode(reference, "13912345678", wrongCode(rightCode), APPLICANT_ADDRESS))
                .isEqualTo(new SmsCodeResult(SmsCodeResult.Outcome.WRONG, 4));
        assertThat(gateway.enterCode(reference, "13912345678", rightCode, APPLICANT_ADDRESS)
                        .outcome())
                .isEqualTo(SmsCodeResult.Outcome.VERIFIED);
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.SMS_VERIFICATION);
    }

    @Test
    void anUnknownReferenceOrMobileFindsNothingWaiting() {
        UUID orderId = submitted();
        String reference = decisions.find(orderId).reference();
        String code = codes(orderId).get("13800138000");

        assertThat(gateway.enterCode("CO-NOPE", "13800138000", code, APPLICANT_ADDRESS)
                        .outcome())
                .isEqualTo(SmsCodeResult.Outcome.NOT_WAITING);
        assertThat(gateway.enterCode(reference, "13700000000", code, APPLICANT_ADDRESS)
                        .outcome())
                .isEqualTo(SmsCodeResult.Outcome.NOT_WAITING);
        assertThat(jdbc.queryForObject(
                        "select count(*) from simulated_code_wrong where order_id = ?", Integer.class, orderId))
                .isZero();
    }

    @Test
    void withoutAnSmsStepTheAdministrationApprovesAfterItsDelay() {
        UUID orderId = steps.awaitingSubmission(applicant, reviewerId, false, "13912345678");
        ChangeOrderView order = authority.submit(
                Actor.reviewer(reviewerId), orderId, decisions.find(orderId).version());
        assertThat(order.state()).isEqualTo(OrderState.AUTHORITY_REVIEW);
        assertThat(codes(orderId)).isEmpty();

        clock.advance(settings.decisionDelay());
        job.decideDue();

        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.APPROVED);
    }

    @Test
    void anOrderThatCannotBeApprovedDoesNotHoldUpTheOthers() {
        UUID blocked = steps.awaitingSubmission(applicant, reviewerId, false, "13912345678");
        // Meanwhile another website filed a domain the order proposes: its approval cannot apply.
        String taken = TestData.uniqueDomain("taken");
        testData.beijingFiling(testData.account("simulated-other", Role.APPLICANT), "另一家测试有限公司", taken);
        jdbc.update("update change_order_domain set name = ? where order_id = ?", taken, blocked);
        authority.submit(
                Actor.reviewer(reviewerId), blocked, decisions.find(blocked).version());
        clock.advance(Duration.ofMinutes(1));
        UUID fine = steps.awaitingSubmission(applicant, reviewerId, false, "13912345678");
        authority.submit(Actor.reviewer(reviewerId), fine, decisions.find(fine).version());

        clock.advance(settings.decisionDelay());
        job.decideDue();

        assertThat(decisions.find(fine).state()).isEqualTo(OrderState.APPROVED);
        assertThat(decisions.find(blocked).state()).isEqualTo(OrderState.AUTHORITY_REVIEW);
        assertThat(authority.step(blocked).decidedAt()).isNull();
        assertThat(authority.step(blocked).decideAfter()).isAfter(clock.instant());
    }

    @Test
    void anApprovalOnACancelledFilingIsRejectedOnceNotRetried() {
        UUID orderId = steps.awaitingSubmission(applicant, reviewerId, false, "13912345678");
        authority.submit(
                Actor.reviewer(reviewerId), orderId, decisions.find(orderId).version());
        filings.cancel(decisions.find(orderId).subjectId(), java.time.LocalDate.of(2026, 3, 3));

        clock.advance(settings.decisionDelay());
        job.decideDue();

        ChangeOrderView order = decisions.find(orderId);
        assertThat(order.state()).isEqualTo(OrderState.AUTHORITY_REJECTED);
        assertThat(order.currentReasons())
                .extracting(com.icpportal.changeorder.Reason::messageKey)
                .containsExactly("order.reason.filingCancelled");
        assertThat(authority.step(orderId).decidedAt()).as("decided: no retry").isNotNull();

        clock.advance(SimulatedAdministrationJob.RETRY_AFTER.multipliedBy(3));
        job.decideDue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from change_order_transition where order_id = ? and action = 'AUTHORITY_REJECT'",
                        Integer.class,
                        orderId))
                .as("the outcome is recorded once")
                .isEqualTo(1);
    }

    private UUID submitted() {
        UUID orderId = steps.awaitingSubmission(applicant, reviewerId, true, "13912345678");
        authority.submit(
                Actor.reviewer(reviewerId), orderId, decisions.find(orderId).version());
        return orderId;
    }

    private Map<String, String> codes(UUID orderId) {
        return events.stream(SmsCodeRequested.class)
                .filter(event -> event.orderId().equals(orderId))
                .collect(Collectors.toMap(SmsCodeRequested::mobile, SmsCodeRequested::code));
    }

    private SmsMobileView mobile(UUID orderId, String mobile) {
        return decisions.find(orderId).smsMobiles().stream()
                .filter(m -> m.mobile().equals(mobile))
                .findFirst()
                .orElseThrow();
    }

    private static String wrongCode(String code) {
        return code.equals("000000") ? "000001" : "000000";
    }
}
