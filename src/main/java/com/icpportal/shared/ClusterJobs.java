package com.icpportal.shared;

import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.core.env.Environment;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

/**
 * Runs each scheduled job once per cluster: every node keeps its own {@code @Scheduled} timer, and a
 * round runs only on the node that takes the job's lock (ShedLock, a row per job in table
 * {@code shedlock}, on the database's clock). The lock is held for at least a little less than the
 * job's interval, so that another node's timer, out of phase, finds it taken and skips the round; and
 * at most for {@code portal.jobs.lock-at-most-for} (or the interval, if longer), so that a node that
 * dies mid-run holds up the job no longer than that: then the next node's round takes the lock.
 *
 * <p>Only the scheduled entry points go through here; a job's own method (which tests and operators
 * call) runs whenever it is called, as before. The one mechanism for every job; see
 * docs/operations.md ("Scheduled jobs in a cluster").
 */
public class ClusterJobs {

    private static final Logger log = LoggerFactory.getLogger(ClusterJobs.class);

    private final LockProvider locks;
    private final Environment environment;
    private final Duration lockAtMostFor;

    ClusterJobs(LockProvider locks, Environment environment, Duration lockAtMostFor) {
        this.locks = locks;
        this.environment = environment;
        this.lockAtMostFor = lockAtMostFor;
    }

    /**
     * Runs the task if no node ran this job within its interval and none runs it now.
     *
     * @param name the job's lock name (unique, at most 64 characters)
     * @param interval the job's interval as in its {@code @Scheduled} annotation, e.g.
     *     {@code "${portal.overdue.check-interval:PT5M}"}
     * @return whether this node ran it
     */
    public boolean runOnce(String name, String interval, Runnable task) {
        Duration every = duration(interval);
        // A little less than the interval: the node that ran the last round must not lose its next one
        // to a few milliseconds of timer drift; a node out of phase still finds the lock taken.
        Duration atLeast = every.minus(min(every.dividedBy(20), Duration.ofSeconds(5)));
        Duration atMost = every.compareTo(lockAtMostFor) > 0 ? every : lockAtMostFor;
        // Real time, not the portal's clock (which tests move): the database's clock ends the lock.
        var lock = locks.lock(new LockConfiguration(Instant.now(), name, atMost, atLeast));
        if (lock.isEmpty()) {
            log.debug("Job {} runs on another node this round", name);
            return false;
        }
        SimpleLock held = lock.get();
        try {
            task.run();
            return true;
        } finally {
            held.unlock();
        }
    }

    Duration duration(String interval) {
        String value = environment.resolveRequiredPlaceholders(interval).strip();
        Duration parsed = ApplicationConversionService.getSharedInstance().convert(value, Duration.class);
        if (parsed == null || parsed.isNegative() || parsed.isZero()) {
            throw new IllegalArgumentException("Not a job interval: " + interval + " = " + value);
        }
        return parsed;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
    }
}
