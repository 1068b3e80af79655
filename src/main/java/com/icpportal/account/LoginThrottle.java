package com.icpportal.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.icpportal.shared.ClusterJobs;

/**
 * Counts failed sign-ins in a row per username (known or not, so the answer never tells which exist)
 * and per source address, in the database so that every node sees them. After the free attempts each
 * further failure requires a delay that doubles up to a ceiling: attempts during it are refused
 * without being counted, and nothing waits on the request thread. A success resets both counters.
 *
 * <p>The username's and the address's delays slow unknown browsers only. A browser with a valid
 * device cookie for the username ({@link DeviceCookies}, OWASP's design) is checked against its own
 * count instead (scope {@code DEVICE}): whoever guesses an admin's password from elsewhere cannot keep
 * the admin out of the browser they signed in with before. Its failures still count for the username
 * and the address too.
 */
@Component
public class LoginThrottle {

    static final String ACCOUNT = "ACCOUNT";
    static final String ADDRESS = "ADDRESS";
    static final String DEVICE = "DEVICE";
    /** A run of failures older than this is forgotten: the next failure counts from one again. */
    static final Duration MEMORY = Duration.ofHours(24);

    private static final int MAX_SUBJECT = 128;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final LoginSettings settings;
    private final ApplicationEventPublisher events;
    private final ClusterJobs jobs;

    LoginThrottle(
            JdbcTemplate jdbc,
            Clock clock,
            LoginSettings settings,
            ApplicationEventPublisher events,
            ClusterJobs jobs) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
        this.events = events;
        this.jobs = jobs;
    }

    /** When the next attempt for this username from this address will be accepted; empty when it may be tried now. */
    @Transactional(readOnly = true)
    public Optional<Instant> retryAt(String username, String address) {
        List<Timestamp> until = jdbc.queryForList(
                """
                select blocked_until from login_failure
                 where blocked_until > ? and ((scope = 'ACCOUNT' and subject = ?) or (scope = 'ADDRESS' and subject = ?))""", Timestamp.class, Timestamp.from(clock.instant()), subject(username), subject(address));
        return until.stream().map(Timestamp::toInstant).max(Instant::compareTo);
    }

    /**
     * When the next attempt from this browser will be accepted: for a known device (its nonce given),
     * by its own count alone; for an unknown browser, by the username's and the address's.
     */
    @Transactional(readOnly = true)
    public Optional<Instant> retryAt(String username, String address, Optional<String> device) {
        if (device.isEmpty()) {
            return retryAt(username, address);
        }
        return jdbc
                .queryForList(
                        "select blocked_until from login_failure where scope = 'DEVICE' and subject = ? and blocked_until > ?",
                        Timestamp.class,
                        device.get(),
                        Timestamp.from(clock.instant()))
                .stream()
                .map(Timestamp::toInstant)
                .findFirst();
    }

    @Transactional
    void recordFailure(String username, String address) {
        recordFailure(username, address, Optional.empty());
    }

    @Transactional
    void recordFailure(String username, String address, Optional<String> device) {
        Instant now = clock.instant();
        count(ACCOUNT, subject(username), subject(username), settings.freeAttempts(), now);
        count(ADDRESS, subject(address), subject(address), settings.addressFreeAttempts(), now);
        device.ifPresent(nonce -> count(DEVICE, nonce, subject(username), settings.freeAttempts(), now));
    }

    @Transactional
    void recordSuccess(String username, String address, Optional<String> device) {
        jdbc.update(
                "delete from login_failure where (scope = 'ACCOUNT' and subject = ?) or (scope = 'ADDRESS' and subject = ?)",
                subject(username),
                subject(address));
        device.ifPresent(
                nonce -> jdbc.update("delete from login_failure where scope = 'DEVICE' and subject = ?", nonce));
    }

    static final String CLEANUP_INTERVAL = "${portal.login.cleanup-interval:PT1H}";

    /** Once per cluster and interval ({@link ClusterJobs}). */
    @Scheduled(initialDelayString = "${portal.login.cleanup-initial-delay:PT10M}", fixedDelayString = CLEANUP_INTERVAL)
    public void scheduledCleanup() {
        jobs.runOnce("login-throttle-cleanup", CLEANUP_INTERVAL, this::forgetOldFailures);
    }

    /** Forgets runs of failures nobody continued, so unknown usernames do not pile up (one statement). */
    public void forgetOldFailures() {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update(
                "delete from login_failure where last_failure_at < ? and (blocked_until is null or blocked_until < ?)",
                Timestamp.from(clock.instant().minus(MEMORY)),
                now);
    }

    /** @param named what the trail names: the username for a device, never its nonce */
    private void count(String scope, String subject, String named, int freeAttempts, Instant now) {
        Integer failures = jdbc.queryForObject(
                """
                insert into login_failure (scope, subject, failures, last_failure_at) values (?, ?, 1, ?)
                on conflict (scope, subject) do update
                   set failures = case when login_failure.last_failure_at < ? then 1 else login_failure.failures + 1 end,
                       last_failure_at = excluded.last_failure_at
                returning failures""", Integer.class, scope, subject, Timestamp.from(now), Timestamp.from(now.minus(MEMORY)));
        if (failures == null || failures < freeAttempts) {
            return;
        }
        Instant retryAt = now.plus(delay(failures - freeAttempts));
        jdbc.update(
                "update login_failure set blocked_until = ? where scope = ? and subject = ?",
                Timestamp.from(retryAt),
                scope,
                subject);
        UUID accountId = ADDRESS.equals(scope)
                ? null
                : jdbc.queryForList("select id from account where lower(username) = ?", UUID.class, named).stream()
                        .findFirst()
                        .orElse(null);
        events.publishEvent(new LoginThrottled(scope, named, accountId, failures, retryAt));
    }

    /** The first delay, doubled for each failure beyond the free attempts, never beyond the ceiling. */
    Duration delay(int beyondFree) {
        Duration delay = settings.firstDelay();
        for (int i = 0; i < beyondFree && delay.compareTo(settings.maxDelay()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
    }

    private static String subject(String value) {
        String subject = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return subject.length() > MAX_SUBJECT ? subject.substring(0, MAX_SUBJECT) : subject;
    }
}
