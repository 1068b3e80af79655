package com.icpportal.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises {@link SmsDeadlineApproaching} once per order and deadline when an order in SMS
 * verification has 24 hours or less left. The row in {@code sms_deadline_reminder} and the event's
 * publication commit together, so a reminder is neither lost nor raised twice, on any number of nodes.
 */
@Component
public class SmsDeadlineReminders {

    /** How long before the SMS verification deadline the reminder goes out. */
    public static final Duration BEFORE = Duration.ofHours(24);

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SmsDeadlineReminders(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** @return how many reminders this run raised */
    @Scheduled(
            initialDelayString = "${portal.notifications.reminder-interval:PT5M}",
            fixedDelayString = "${portal.notifications.reminder-interval:PT5M}")
    @Transactional
    public int raiseDueReminders() {
        Instant now = clock.instant();
        var due = jdbc.query(
                """
                select id, reference, due_at from change_order
                 where state = 'SMS_VERIFICATION' and due_at > ? and due_at <= ?
                 order by due_at""",
                (rs, row) -> new SmsDeadlineApproaching(
                        rs.getObject("id", UUID.class),
                        rs.getString("reference"),
                        rs.getTimestamp("due_at").toInstant()),
                Timestamp.from(now),
                Timestamp.from(now.plus(BEFORE)));
        int raised = 0;
        for (SmsDeadlineApproaching reminder : due) {
            int inserted = jdbc.update("""
                    insert into sms_deadline_reminder (order_id, due_at, raised_at) values (?, ?, ?)
                    on conflict do nothing""", reminder.orderId(), Timestamp.from(reminder.dueAt()), Timestamp.from(now));
            if (inserted == 1) {
                events.publishEvent(reminder);
                raised++;
            }
        }
        return raised;
    }
}
