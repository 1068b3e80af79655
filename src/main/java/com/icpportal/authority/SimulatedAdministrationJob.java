package com.icpportal.authority;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.icpportal.calendar.WorkingCalendar;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.AdministrationRecords;
import com.icpportal.changeorder.ChangeOrderView;
import com.icpportal.changeorder.OrderState;
import com.icpportal.shared.ClusterJobs;

/**
 * The simulated administration's own decisions: an order submitted through the simulated gateway
 * is approved once {@code portal.authority.simulated.decision-delay} has passed since it reached
 * the administration's review. One order per transaction, locked with SKIP LOCKED.
 */
@Component
public class SimulatedAdministrationJob {

    private static final Logger log = LoggerFactory.getLogger(SimulatedAdministrationJob.class);

    /** How long an order whose approval failed waits before the next attempt. */
    static final Duration RETRY_AFTER = Duration.ofMinutes(5);

    static final String INTERVAL = "${portal.authority.simulated.poll-interval:PT15S}";

    private final AuthoritySubmissions submissions;
    private final AdministrationRecords records;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final ClusterJobs jobs;

    SimulatedAdministrationJob(
            AuthoritySubmissions submissions,
            AdministrationRecords records,
            WorkingCalendar calendar,
            Clock clock,
            PlatformTransactionManager transactions,
            ClusterJobs jobs) {
        this.submissions = submissions;
        this.records = records;
        this.calendar = calendar;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.jobs = jobs;
    }

    /** Once per cluster and interval ({@link ClusterJobs}). */
    @Scheduled(
            initialDelayString = "${portal.authority.simulated.initial-delay:" + INTERVAL + "}",
            fixedDelayString = INTERVAL)
    public void scheduled() {
        jobs.runOnce("simulated-administration", INTERVAL, this::decideDue);
    }

    /**
     * Synchronized so that a run started by hand (tests) waits for the scheduled one in this
     * process; other processes are kept apart by the database lock.
     *
     * @return how many orders it approved
     */
    public synchronized int decideDue() {
        int approved = 0;
        Set<UUID> failed = new HashSet<>();
        while (true) {
            UUID[] current = new UUID[1];
            Boolean decided;
            try {
                decided = transaction.execute(status -> decideOne(current));
            } catch (RuntimeException e) {
                if (current[0] == null || !failed.add(current[0])) {
                    log.warn("The simulated administration could not decide an order; it tries again later", e);
                    return approved;
                }
                // One order that cannot be approved (a domain filed elsewhere meanwhile...) must not
                // hold up the others: it waits and is tried again later.
                log.warn(
                        "The simulated administration could not decide order {}; it tries again in {}",
                        current[0],
                        RETRY_AFTER,
                        e);
                UUID orderId = current[0];
                transaction.executeWithoutResult(status -> submissions
                        .findById(orderId)
                        .ifPresent(submission ->
                                submission.decideAfter(clock.instant().plus(RETRY_AFTER))));
                continue;
            }
            if (decided == null) {
                return approved;
            }
            approved += decided ? 1 : 0;
        }
    }

    /** Null when nothing is due; else whether the order was approved (false: it had left the review). */
    private Boolean decideOne(UUID[] current) {
        List<UUID> due = submissions.lockDueForDecision(clock.instant(), 1);
        if (due.isEmpty()) {
            return null;
        }
        UUID orderId = due.get(0);
        current[0] = orderId;
        ChangeOrderView order = records.find(orderId);
        boolean approve = order.state() == OrderState.AUTHORITY_REVIEW;
        if (approve && records.filingCancelled(orderId)) {
            // An approval would be refused now and on every later try: the administration rejects
            // it once, with the reason, and the submission is decided (no retry every five minutes).
            records.recordRejection(
                    Actor.authority(null),
                    orderId,
                    order.version(),
                    java.util.List.of(AdministrationRecords.FILING_CANCELLED),
                    null);
            submissions.findById(orderId).ifPresent(submission -> submission.decided(clock.instant()));
            return false;
        }
        if (approve) {
            records.recordApproval(
                    Actor.authority(null),
                    orderId,
                    order.version(),
                    LocalDate.now(clock.withZone(calendar.zone())),
                    null);
        }
        submissions.findById(orderId).ifPresent(submission -> submission.decided(clock.instant()));
        return approve;
    }
}
