package com.icpportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

import com.icpportal.IcpPortalApplication;
import com.icpportal.support.TestDatabase;

/**
 * At shutdown a scheduled job that is running goes on using JPA and the database until it ends:
 * the scheduler's lifecycle stop (Spring 6.1+) waits for it before the EntityManagerFactory and the
 * pool close, and {@code spring.task.scheduling.shutdown.await-termination} adds the same wait to
 * the scheduler's destruction (issue 20: "a scheduled task still runs after the JPA factory
 * closed"). A portal of its own, closed here.
 */
class ShutdownOrderTest {

    static final CountDownLatch RUNNING = new CountDownLatch(1);
    static final CountDownLatch CLOSING = new CountDownLatch(1);
    static final List<String> QUERIES = new CopyOnWriteArrayList<>();
    static final List<Throwable> FAILURES = new CopyOnWriteArrayList<>();

    @Test
    void aRunningJobFinishesWithTheDatabaseBeforeJpaCloses() throws Exception {
        ConfigurableApplicationContext portal = new SpringApplicationBuilder(IcpPortalApplication.class, LongJob.class)
                .initializers(new TestDatabase())
                .properties("server.port=0")
                .run();
        assertThat(RUNNING.await(60, TimeUnit.SECONDS)).isTrue();

        portal.close();

        assertThat(FAILURES).isEmpty();
        // it went on querying through JPA and JDBC for its whole second after the close began
        assertThat(QUERIES).contains("jpa", "jdbc").hasSizeGreaterThan(10);
    }

    /** A job that, once the context begins to close, keeps using JPA and JDBC for one more second. */
    static class LongJob {

        @Bean
        static Probe shutdownProbe(EntityManagerFactory jpa, JdbcTemplate jdbc) {
            return new Probe(jpa, jdbc);
        }
    }

    static class Probe {

        private final EntityManagerFactory jpa;
        private final JdbcTemplate jdbc;
        private volatile boolean ran;

        Probe(EntityManagerFactory jpa, JdbcTemplate jdbc) {
            this.jpa = jpa;
            this.jdbc = jdbc;
        }

        @EventListener(ContextClosedEvent.class)
        void closing() {
            CLOSING.countDown();
        }

        @Scheduled(initialDelay = 0, fixedDelay = 3_600_000)
        void run() throws InterruptedException {
            if (ran) {
                return;
            }
            ran = true;
            RUNNING.countDown();
            CLOSING.await(60, TimeUnit.SECONDS);
            Instant until = Instant.now().plus(Duration.ofSeconds(1));
            try {
                while (Instant.now().isBefore(until)) {
                    try (var entityManager = jpa.createEntityManager()) {
                        entityManager.createNativeQuery("select 1").getSingleResult();
                    }
                    QUERIES.add("jpa");
                    jdbc.queryForObject("select 1", Integer.class);
                    QUERIES.add("jdbc");
                }
            } catch (RuntimeException e) {
                FAILURES.add(e);
            }
        }
    }
}
