package com.icpportal.database;

import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;

/**
 * Watches the embedded PostgreSQL and starts it again when its process dies (killed, out of memory,
 * crashed), so that the portal recovers without a restart of its own. While it is down the portal
 * refuses traffic (readiness {@code REFUSING_TRAFFIC}; its pages answer 503); once it runs again the
 * pool drops its broken connections and readiness is back to {@code ACCEPTING_TRAFFIC}.
 *
 * <p>A thread of its own checks every {@code portal.embedded-db.watch-interval} (2 s) whether the
 * postmaster in {@code postmaster.pid} is alive: no scheduler pool that requests or jobs waiting for
 * the database could hold up. It starts when the application is ready and stops when the context
 * closes, before the server itself is stopped.
 */
class EmbeddedDatabaseWatch {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseWatch.class);
    private static final Duration START_WAIT = Duration.ofSeconds(60);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final EmbeddedPostgresServer server;
    private final DataSource dataSource;
    private final ApplicationEventPublisher events;
    private final Duration interval;
    private volatile boolean watching;
    private volatile Thread thread;

    EmbeddedDatabaseWatch(
            EmbeddedPostgresServer server, DataSource dataSource, ApplicationEventPublisher events, Duration interval) {
        this.server = server;
        this.dataSource = dataSource;
        this.events = events;
        this.interval = interval;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (watching) {
            return;
        }
        watching = true;
        Thread watcher = new Thread(this::watch, "embedded-postgres-watch");
        watcher.setDaemon(true);
        thread = watcher;
        watcher.start();
    }

    /** At the start of the shutdown: no restart (nor readiness change) from now on. */
    @EventListener(ContextClosedEvent.class)
    void stop() {
        watching = false;
        Thread watcher = thread;
        if (watcher != null) {
            watcher.interrupt();
        }
    }

    private void watch() {
        try {
            while (watching) {
                Thread.sleep(interval.toMillis());
                if (watching && !server.isRunning()) {
                    recover();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void recover() throws InterruptedException {
        Instant down = Instant.now();
        log.warn(
                "The embedded PostgreSQL in {} is not running; the portal refuses traffic and restarts it",
                server.dataDirectory());
        AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
        Duration backoff = interval;
        int attempt = 1;
        while (watching && !server.isRunning()) {
            try {
                if (server.restart(START_WAIT)) {
                    break;
                }
            } catch (java.io.IOException e) {
                log.warn("Restart {} of the embedded PostgreSQL failed: {}", attempt, e.getMessage());
            }
            if (!watching) {
                return;
            }
            log.warn("Restart {} of the embedded PostgreSQL did not succeed; trying again in {}", attempt, backoff);
            Thread.sleep(backoff.toMillis());
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            attempt++;
        }
        // A running postmaster may still be in crash recovery ("the database system is starting up"):
        // traffic comes back only once it answers.
        if (!watching || !answers(START_WAIT)) {
            return;
        }
        // Connections to the dead server are broken: replace them now rather than on first use.
        if (dataSource instanceof HikariDataSource hikari) {
            HikariPoolMXBean pool = hikari.getHikariPoolMXBean();
            if (pool != null) {
                pool.softEvictConnections();
            }
        }
        AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
        log.info(
                "The embedded PostgreSQL runs again (pid {}, port {}), {} ms after it was found down",
                server.pid().map(String::valueOf).orElse("?"),
                server.port(),
                Duration.between(down, Instant.now()).toMillis());
    }

    /**
     * Waits until the server accepts a connection (a fresh one, not the pool's); false when the watch
     * stops or the server dies again meanwhile (the next check recovers it). After {@code slow} it
     * says once in the log that recovery takes long, and keeps waiting: readiness stays down.
     */
    private boolean answers(Duration slow) throws InterruptedException {
        Instant warnAt = Instant.now().plus(slow);
        boolean warned = false;
        while (watching && server.isRunning()) {
            try (java.sql.Connection connection =
                    java.sql.DriverManager.getConnection(server.jdbcUrl(), server.username(), null)) {
                if (connection.isValid(2)) {
                    return true;
                }
            } catch (java.sql.SQLException starting) {
                if (!warned && Instant.now().isAfter(warnAt)) {
                    log.warn("The embedded PostgreSQL runs but does not answer yet: {}", starting.getMessage());
                    warned = true;
                }
            }
            Thread.sleep(Math.min(interval.toMillis(), 500));
        }
        return false;
    }
}
