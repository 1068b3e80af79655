package com.icpportal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.transaction.PlatformTransactionManager;

import com.icpportal.support.TestClock;

/**
 * An email counts as sent when the mail server accepts it (its reply to the end of DATA), not when
 * the connection closes: with a server that accepts and then does not answer QUIT, the outbox row is
 * SENT while the connection still hangs, so a crash at that moment can no longer send it twice. Every
 * attempt at one row carries the same Message-ID; a message another (dead) worker holds is reported
 * once, and taken over after the claim timeout.
 */
@NotificationTest
@ExtendWith(OutputCaptureExtension.class)
class MailAcceptanceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    Outbox outbox;

    @Autowired
    SmsGateway sms;

    @Autowired
    ClaimTimeout claimTimeout;

    @Autowired
    NotificationSettings settings;

    @Autowired
    TestClock clock;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AsyncConfigurer asyncConfigurer;

    HangingSmtpServer server;
    Deliveries deliveries;

    @BeforeEach
    void deliveriesThroughTheHangingServer() {
        server = new HangingSmtpServer();
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(server.port());
        Properties timeouts = new Properties();
        timeouts.put("mail.smtp.connectiontimeout", "2000");
        timeouts.put("mail.smtp.timeout", "30000");
        sender.setJavaMailProperties(timeouts);
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("mailSender", sender));
        MailDelivery mail = new MailDelivery(beans.getBeanProvider(JavaMailSender.class), settings);
        deliveries = new Deliveries(outbox, mail, sms, claimTimeout, clock, transactions, new DeadLetterPolicy(5));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        clock.reset();
    }

    @Test
    void theMessageIsSentOnceTheServerAcceptsItWhileItStillHangsBeforeClosing() throws Exception {
        server.hangOnQuit();
        OutgoingMessage message = message("accepted");

        CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> deliveries.deliver(message));

        await().atMost(PATIENCE).until(server::quitReceived);
        assertThat(sending).as("the client waits for the answer to QUIT").isNotDone();
        Map<String, Object> row = row(message);
        assertThat(row).containsEntry("status", "SENT").containsEntry("attempts", 1);
        assertThat(row.get("sent_at")).isNotNull();
        assertThat(server.accepted())
                .singleElement()
                .asString()
                .contains("Message-ID: <" + row.get("id") + "@icp-portal.example>");

        server.releaseQuit();
        sending.get();
        assertThat(row(message)).containsEntry("status", "SENT");
    }

    @Test
    void aMessageSendingUnderAnotherClaimIsReportedOnceAndTakenOverWithTheSameMessageIdAfterTheClaimTimeout(
            CapturedOutput output) throws Exception {
        OutgoingMessage message = message("stuck");
        // As left by a worker that died after claiming it (kill -9 while it talked to the server):
        outbox.insert(message, DeliveryStatus.PENDING, clock.instant());
        outbox.claim(message.key(), clock.instant(), clock.instant().minusSeconds(1));

        for (int pass = 0; pass < 3; pass++) {
            assertThatThrownBy(() -> deliveries.deliver(message)).isInstanceOf(DeliveryFailedException.class);
        }
        assertThat(output.getOut().lines().filter(line -> line.contains("has been SENDING since")))
                .singleElement()
                .asString()
                .contains("WARN", "EMAIL ORDER_OVERDUE to stuck@example.test", "(attempt 1)");
        assertThat(server.accepted()).isEmpty();

        clock.advance(claimTimeout.value().plusSeconds(1));
        deliveries.deliver(message);

        Map<String, Object> row = row(message);
        assertThat(row).containsEntry("status", "SENT").containsEntry("attempts", 2);
        assertThat(server.accepted())
                .singleElement()
                .asString()
                .contains("Message-ID: <" + row.get("id") + "@icp-portal.example>");
    }

    @Test
    void aListenerLeftIncompleteByADeliveryFailureLogsNoStackTraceButAnythingElseDoes(CapturedOutput output)
            throws Exception {
        AsyncUncaughtExceptionHandler handler = asyncConfigurer.getAsyncUncaughtExceptionHandler();
        Method listener = OtherModuleNotifications.class.getDeclaredMethods()[0];

        handler.handleUncaughtException(new DeliveryFailedException("EMAIL APPROVED not sent: down", null), listener);
        assertThat(output.getOut()).doesNotContain("DeliveryFailedException", "EMAIL APPROVED not sent");

        handler.handleUncaughtException(new IllegalStateException("a bug"), listener);
        assertThat(output.getOut()).contains("ERROR", "java.lang.IllegalStateException: a bug", "\tat ");
    }

    private OutgoingMessage message(String label) {
        String key = "TEST:" + label + ":" + UUID.randomUUID();
        return new OutgoingMessage(
                key,
                Channel.EMAIL,
                NotificationKind.ORDER_OVERDUE,
                null,
                label + "@example.test",
                Locale.ENGLISH,
                null,
                "CO-TEST",
                "Subject " + label,
                "Body " + label,
                null);
    }

    private Map<String, Object> row(OutgoingMessage message) {
        return jdbc.queryForMap(
                "select id, status, attempts, sent_at from notification where dedup_key = ?", message.key());
    }
}
