package com.icpportal.notification;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.icpportal.shared.ClusterJobs;

/**
 * Resubmits incomplete event publications (a listener failed, or the process died before it
 * finished) at start-up and every {@code portal.notifications.resubmit-interval}. Only the node that
 * holds a PostgreSQL advisory lock resubmits; the others skip the round, so two nodes never resubmit
 * the same publication at once. (Modulith's own {@code republish-outstanding-events-on-restart} is
 * off because it takes no lock.) Completed publications are deleted after
 * {@code portal.notifications.keep-completed}.
 */
@Component
public class PublicationResubmission {

    /** The advisory lock's key: any number no other part of the portal uses ("NOTIFY" in ASCII). */
    static final long LOCK_KEY = 0x4E4F54494659L;

    static final String INTERVAL = "${portal.notifications.resubmit-interval:PT1M}";

    private static final Logger LOG = LoggerFactory.getLogger(PublicationResubmission.class);

    private final IncompleteEventPublications incomplete;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final NotificationSettings settings;
    private final ClusterJobs jobs;

    PublicationResubmission(
            IncompleteEventPublications incomplete,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            NotificationSettings settings,
            ClusterJobs jobs) {
        this.incomplete = incomplete;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.settings = settings;
        this.jobs = jobs;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartup() {
        resubmit();
    }

    /** Once per cluster and interval ({@link ClusterJobs}); the advisory lock also keeps it apart from start-up runs. */
    @Scheduled(
            initialDelayString = "${portal.notifications.resubmit-initial-delay:" + INTERVAL + "}",
            fixedDelayString = INTERVAL)
    public void periodically() {
        jobs.runOnce("publication-resubmission", INTERVAL, this::resubmit);
    }

    /**
     * Resubmits the incomplete publications older than {@code portal.notifications.resubmit-min-age}
     * if this node gets the lock; false when another node holds it. The listeners run on the task
     * executor; the outbox's keys keep them from sending anything twice.
     */
    public boolean resubmit() {
        return resubmit(settings.resubmitMinAge());
    }

    boolean resubmit(Duration minAge) {
        Boolean done = transaction.execute(status -> {
            Boolean locked = jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK_KEY);
            if (!Boolean.TRUE.equals(locked)) {
                LOG.debug("Another node is resubmitting event publications; skipping this round");
                return false;
            }
            incomplete.resubmitIncompletePublicationsOlderThan(minAge);
            return true;
        });
        return Boolean.TRUE.equals(done);
    }
}
