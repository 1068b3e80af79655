package com.icpportal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icpportal.changeorder.AdministrationRecords;
import com.icpportal.changeorder.ChangeOrderView;
import com.icpportal.changeorder.OrderState;
import com.icpportal.support.TestClock;
import com.icpportal.support.TestData.TestAccount;

/** The SMS verification deadline reminder: once, 24 hours before the 48-hour deadline, by text, email and notice. */
@NotificationTest
class SmsDeadlineReminderTest {

    /** Far from the real time, so that no other context's reminder job (on the real clock) sees this order. */
    private static final Instant START = Instant.parse("2031-03-11T02:00:00Z");

    @Autowired
    OrderJourney journey;

    @Autowired
    SmsDeadlineReminders reminders;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theReminderGoesOutOnceTwentyFourHoursBeforeTheDeadline() {
        clock.setTo(START);
        TestAccount applicant = journey.applicant("notify-remind", "en");
        ChangeOrderView order = journey.inSmsVerification(applicant, journey.reviewer());
        assertThat(order.state()).isEqualTo(OrderState.SMS_VERIFICATION);
        assertThat(order.dueAt()).isEqualTo(START.plus(AdministrationRecords.SMS_WINDOW));

        clock.setTo(order.dueAt().minus(Duration.ofHours(24)).minusSeconds(1));
        reminders.raiseDueReminders();
        assertThat(remindersRaised(order))
                .as("not yet: more than 24 hours left")
                .isZero();

        clock.setTo(order.dueAt().minus(Duration.ofHours(24)));
        reminders.raiseDueReminders();
        clock.advance(Duration.ofHours(1));
        reminders.raiseDueReminders();
        assertThat(remindersRaised(order)).isEqualTo(1);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(texts(order)).hasSize(1));
        assertThat(texts(order).get(0)).contains("24 hours left", "2031-03-13 10:00");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(NotificationServers.smtp()
                                .getReceivedMessagesForDomain(applicant.username() + "@example.test"))
                        .filteredOn(message ->
                                subject(message).equals(order.reference() + ": 24 hours left for SMS verification"))
                        .hasSize(1));
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where order_id = ? and kind = 'SMS_DEADLINE_REMINDER'",
                        Integer.class,
                        order.id()))
                .as("a text, an email and a notice")
                .isEqualTo(3);

        clock.advance(Duration.ofHours(20));
        reminders.raiseDueReminders();
        assertThat(remindersRaised(order)).isEqualTo(1);
        assertThat(texts(order)).hasSize(1);
    }

    private static String subject(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private int remindersRaised(ChangeOrderView order) {
        return jdbc.queryForObject(
                "select count(*) from sms_deadline_reminder where order_id = ?", Integer.class, order.id());
    }

    private static List<String> texts(ChangeOrderView order) {
        return NotificationServers.smsRequests().stream()
                .filter(body ->
                        body.contains("\"reference\":\"" + order.reference() + "\"") && body.contains("24 hours left"))
                .toList();
    }
}
