package com.icpportal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.icpportal.changeorder.ChangeOrderView;
import com.icpportal.changeorder.OrderState;
import com.icpportal.changeorder.ProviderDecisions;
import com.icpportal.support.TestClock;
import com.icpportal.support.TestData.TestAccount;

/**
 * Notifications through a real SMTP server (GreenMail) and an HTTP SMS gateway (a local server):
 * one email and one text per approval, none lost while the mail server is down, none sent twice
 * when publications are resubmitted (also from two threads at once), none for a rolled-back change.
 */
@NotificationTest
class NotificationDeliveryTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    OrderJourney journey;

    @Autowired
    ProviderDecisions decisions;

    @Autowired
    PublicationResubmission resubmission;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Notifications notifications;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClockAndServers() {
        clock.reset();
        NotificationServers.smsAnswers(200);
    }

    @Test
    void anApprovalDeliversExactlyOneEmailInTheApplicantsLanguageAndOneTextMessage() throws Exception {
        TestAccount applicant = journey.applicant("notify-zh", "zh-CN");
        ChangeOrderView order = journey.approve(journey.inAuthorityReview(applicant, journey.reviewer()));

        awaitCompleted(order.id(), "Approved");

        List<MimeMessage> approvals = approvalEmails(applicant, order.reference());
        assertThat(approvals).hasSize(1);
        MimeMessage email = approvals.get(0);
        assertThat(email.getAllRecipients())
                .extracting(Object::toString)
                .containsExactly(applicant.username() + "@example.test");
        assertThat(email.getSubject()).isEqualTo(order.reference() + "：您的变更已通过");
        assertThat(email.getHeader("Content-Language")[0]).isEqualTo("zh-CN");
        assertThat((String) email.getContent()).contains(order.reference(), "通信管理局已批准您的变更");
        assertThat(outboxText(order.id(), Channel.EMAIL, NotificationKind.APPROVED))
                .contains(order.reference(), "通信管理局已批准您的变更", "无需其他操作", "/orders/" + order.id());
        assertThat(approvalTexts(order.reference()))
                .hasSize(1)
                .first()
                .asString()
                .contains("\"to\":\"13800138000\"", "\"reference\":\"" + order.reference() + "\"", "您的变更已通过");
    }

    @Test
    void withTheMailServerDownTheApprovalCommitsAndTheEmailGoesOutOnceAfterResubmission() throws Exception {
        TestAccount applicant = journey.applicant("notify-en", "en");
        ChangeOrderView order = journey.inAuthorityReview(applicant, journey.reviewer());
        awaitCompleted(order.id(), "SubmittedToAdministration");

        NotificationServers.stopSmtp();
        try {
            ChangeOrderView approved = journey.approve(order);
            assertThat(decisions.find(order.id()).state()).isEqualTo(OrderState.APPROVED);
            assertThat(approved.state()).isEqualTo(OrderState.APPROVED);

            await().atMost(PATIENCE)
                    .untilAsserted(() -> assertThat(publication(order.id(), "Approved"))
                            .containsEntry("status", "FAILED")
                            .containsEntry("completion_date", null));
            Map<String, Object> failed = outboxRow(order.id(), Channel.EMAIL, NotificationKind.APPROVED);
            assertThat(failed).containsEntry("status", "FAILED").containsEntry("attempts", 1);
            assertThat((String) failed.get("last_error")).isNotBlank();
            assertThat(approvalTexts(order.reference()))
                    .as("the text went out all the same")
                    .hasSize(1);
        } finally {
            NotificationServers.restartSmtp();
        }

        resubmission.resubmit(Duration.ZERO);
        awaitCompleted(order.id(), "Approved");
        assertThat(approvalEmails(applicant, order.reference())).hasSize(1);
        assertThat(approvalEmails(applicant, order.reference()).get(0).getSubject())
                .isEqualTo(order.reference() + ": your change was approved");

        resubmission.resubmit(Duration.ZERO);
        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> resubmitTogether(together));
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> resubmitTogether(together));
        assertThat(List.of(first.get(), second.get()))
                .as("at most one node resubmits at a time")
                .contains(true);
        awaitNoIncompletePublications(order.id());

        assertThat(approvalEmails(applicant, order.reference())).hasSize(1);
        assertThat(approvalTexts(order.reference())).hasSize(1);
        assertThat(outboxRow(order.id(), Channel.EMAIL, NotificationKind.APPROVED))
                .containsEntry("status", "SENT")
                .containsEntry("attempts", 2);
    }

    @Test
    void twoResubmissionsOfAFailedPublicationAtOnceSendOneEmail() throws Exception {
        TestAccount applicant = journey.applicant("notify-race", "en");
        ChangeOrderView order = journey.inAuthorityReview(applicant, journey.reviewer());
        awaitCompleted(order.id(), "SubmittedToAdministration");
        NotificationServers.stopSmtp();
        try {
            journey.approve(order);
            await().atMost(PATIENCE)
                    .untilAsserted(() ->
                            assertThat(publication(order.id(), "Approved")).containsEntry("status", "FAILED"));
        } finally {
            NotificationServers.restartSmtp();
        }

        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> resubmitTogether(together));
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> resubmitTogether(together));
        first.get();
        second.get();
        await().atMost(PATIENCE)
                .untilAsserted(() ->
                        assertThat(approvalEmails(applicant, order.reference())).hasSize(1));
        // a resubmission that met the message SENDING leaves its publication incomplete; the next one completes it
        await().atMost(PATIENCE).untilAsserted(() -> {
            resubmission.resubmit(Duration.ZERO);
            assertThat(publications(order.id(), "Approved")).isEmpty();
        });
        assertThat(approvalEmails(applicant, order.reference())).hasSize(1);
    }

    @Test
    void aRolledBackTransactionPublishesNothing() {
        TestAccount applicant = journey.applicant("notify-rollback", "en");
        ChangeOrderView order = journey.inAuthorityReview(applicant, journey.reviewer());
        awaitCompleted(order.id(), "SubmittedToAdministration");

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            journey.approve(order);
            status.setRollbackOnly();
        });

        assertThat(decisions.find(order.id()).state()).isEqualTo(OrderState.AUTHORITY_REVIEW);
        assertThat(jdbc.queryForObject(
                        "select count(*) from event_publication where event_type like '%$Approved' "
                                + "and serialized_event like ?",
                        Integer.class, "%" + order.id() + "%"))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where order_id = ? and kind = 'APPROVED'",
                        Integer.class,
                        order.id()))
                .isZero();
    }

    @Test
    void aFailingSmsGatewayIsRecordedAndTheTextGoesOutOnResubmission() {
        TestAccount applicant = journey.applicant("notify-sms-down", "en");
        ChangeOrderView order = journey.inAuthorityReview(applicant, journey.reviewer());
        awaitCompleted(order.id(), "SubmittedToAdministration");

        NotificationServers.smsAnswers(503);
        journey.approve(order);
        await().atMost(PATIENCE)
                .untilAsserted(
                        () -> assertThat(publication(order.id(), "Approved")).containsEntry("status", "FAILED"));
        Map<String, Object> failed = outboxRow(order.id(), Channel.SMS, NotificationKind.APPROVED);
        assertThat(failed).containsEntry("status", "FAILED").containsEntry("attempts", 1);
        assertThat((String) failed.get("last_error")).contains("HTTP 503 after 2 attempts");
        assertThat(outboxRow(order.id(), Channel.EMAIL, NotificationKind.APPROVED))
                .containsEntry("status", "SENT");

        NotificationServers.smsAnswers(200);
        resubmission.resubmit(Duration.ZERO);
        awaitCompleted(order.id(), "Approved");
        assertThat(approvalTexts(order.reference())).hasSize(1);
        assertThat(outboxRow(order.id(), Channel.SMS, NotificationKind.APPROVED))
                .containsEntry("status", "SENT")
                .containsEntry("last_error", null);
    }

    @Test
    void verificationCodesGoThroughTheSmsGatewayAndAccountLinksByEmailEachOnce() throws Exception {
        TestAccount applicant = journey.applicant("notify-code", "en");
        ChangeOrderView order = journey.inAuthorityReview(applicant, journey.reviewer());

        notifications.sendVerificationCode(order.id(), order.reference(), "13912345678", "482913", null);
        notifications.sendVerificationCode(order.id(), order.reference(), "13912345678", "482913", null);
        assertThat(NotificationServers.smsRequests())
                .filteredOn(body -> body.contains("482913"))
                .singleElement()
                .asString()
                .contains("\"to\":\"13912345678\"", "verification code for ICP change " + order.reference());
        assertThat(jdbc.queryForList(
                        "select dedup_key || ' ' || body from notification where order_id = ? "
                                + "and kind = 'VERIFICATION_CODE'",
                        String.class,
                        order.id()))
                .singleElement()
                .asString()
                .as("a sent code keeps no copy in the outbox, nor in its key")
                .doesNotContain("482913");
        assertThat(notifications.outboxFor(order.id()))
                .filteredOn(entry -> entry.kind() == NotificationKind.VERIFICATION_CODE)
                .singleElement()
                .satisfies(entry -> assertThat(entry.bodyShown()).isNull());

        Instant expiry = Instant.parse("2031-01-02T03:04:00Z");
        notifications.sendAccountLink(applicant.id(), "https://portal.example/password/abc123", expiry);
        notifications.sendAccountLink(applicant.id(), "https://portal.example/password/abc123", expiry);
        List<MimeMessage> links = new java.util.ArrayList<>();
        for (MimeMessage message :
                NotificationServers.smtp().getReceivedMessagesForDomain(applicant.username() + "@example.test")) {
            if (message.getSubject().equals("Set your password for the ICP Change Portal")) {
                links.add(message);
            }
        }
        assertThat(links).hasSize(1);
        assertThat((String) links.get(0).getContent())
                .contains("https://portal.example/password/abc123", "By when: 2031-01-02 11:04 (China time).");
        assertThat(jdbc.queryForObject(
                        "select body from notification where kind = 'ACCOUNT_LINK' "
                                + "and recipient_account_id = ? and channel = 'EMAIL'",
                        String.class,
                        applicant.id()))
                .as("a sent one-time link keeps no copy in the outbox")
                .isEqualTo("-");
    }

    private boolean resubmitTogether(CyclicBarrier together) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return resubmission.resubmit(Duration.ZERO);
    }

    /** Completed publications are deleted (completion-mode delete); the row was written when the change committed. */
    private void awaitCompleted(UUID orderId, String eventType) {
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(publications(orderId, eventType))
                        .as(eventType + " handled")
                        .isEmpty());
    }

    private void awaitNoIncompletePublications(UUID orderId) {
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(jdbc.queryForObject(
                                "select count(*) from event_publication where completion_date is null and serialized_event like ?",
                                Integer.class,
                                "%" + orderId + "%"))
                        .isZero());
    }

    private Map<String, Object> publication(UUID orderId, String eventType) {
        List<Map<String, Object>> rows = publications(orderId, eventType);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private List<Map<String, Object>> publications(UUID orderId, String eventType) {
        return jdbc.queryForList("""
                select status, completion_date, completion_attempts from event_publication
                 where event_type like ? and serialized_event like ? and listener_id like '%ChangeOrderNotifications%'""", "%$" + eventType, "%" + orderId + "%");
    }

    private Map<String, Object> outboxRow(UUID orderId, Channel channel, NotificationKind kind) {
        return jdbc.queryForMap(
                "select status, attempts, last_error, body from notification "
                        + "where order_id = ? and channel = ? and kind = ?",
                orderId,
                channel.name(),
                kind.name());
    }

    private String outboxText(UUID orderId, Channel channel, NotificationKind kind) {
        return (String) outboxRow(orderId, channel, kind).get("body");
    }

    private static List<MimeMessage> approvalEmails(TestAccount applicant, String reference) throws Exception {
        List<MimeMessage> found = new java.util.ArrayList<>();
        for (MimeMessage message :
                NotificationServers.smtp().getReceivedMessagesForDomain(applicant.username() + "@example.test")) {
            if (message.getSubject().startsWith(reference)
                    && (message.getSubject().contains("approved")
                            || message.getSubject().contains("已通过"))) {
                found.add(message);
            }
        }
        return found;
    }

    private static List<String> approvalTexts(String reference) {
        return NotificationServers.smsRequests().stream()
                .filter(body -> body.contains("\"reference\":\"" + reference + "\""))
                .filter(body -> body.contains("approved") || body.contains("已通过"))
                .toList();
    }
}
