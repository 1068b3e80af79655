package com.icpportal.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.icpportal.changeorder.OrderListings;
import com.icpportal.shared.ClusterJobs;

/**
 * Raises {@link SmsDeadlineApproaching} once per order and deadline when an order in SMS
 * verification has 24 hours or less left (the change-order module lists them; the reminders' own
 * table is this module's). The row in {@code sms_deadline_reminder} and the event's
 * publication commit together, so a reminder is neither lost nor raised twice, on any number of nodes.
 */
@Component
public class SmsDeadlineReminders {

    /** How long before the SMS verification deadline the reminder goes out. */
    public static final Duration BEFORE = Duration.ofHours(24);

    private final JdbcTemplate jdbc;
    private final OrderListings orders;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ClusterJobs jobs;
    private final TransactionTemplate transaction;

    SmsDeadlineReminders(
            JdbcTemplate jdbc,
            OrderListings orders,
            ApplicationEventPublisher events,
            Clock clock,
            ClusterJobs jobs,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.orders = orders;
        this.events = events;
        this.clock = clock;
        this.jobs = jobs;
        this.transaction = new TransactionTemplate(transactions);
    }

    static final String INTERVAL = "${portal.notifications.reminder-interval:PT5M}";

    /** Once per cluster and interval ({@link ClusterJobs}). */
    @Scheduled(
            initialDelayString = "${portal.notifications.reminder-initial-delay:" + INTERVAL + "}",
            fixedDelayString = INTERVAL)
    public void scheduled() {
        jobs.runOnce(
                "sms-deadline-reminders",
                INTERVAL,
                () -> transaction.executeWithoutResult(status -> raiseDueReminders()));
    }

    /** @return how many reminders this run raised */
    @Transactional
    public int raiseDueReminders() {
        Instant now = clock.instant();
        var due = orders.inSmsVerificationEnding(now, now.plus(BEFORE)).stream()
                .map(order -> new SmsDeadlineApproaching(order.id(), order.reference(), order.dueAt()))
                .toList();
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
