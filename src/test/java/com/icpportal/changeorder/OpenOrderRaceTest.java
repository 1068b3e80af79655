package com.icpportal.changeorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icpportal.account.Role;
import com.icpportal.support.PortalTest;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;
import com.icpportal.support.TestData.TestFiling;

/** One open order per subject is decided by PostgreSQL's partial unique index, not by luck. */
@PortalTest
class OpenOrderRaceTest {

    static final int THREADS = 20;

    @Autowired
    ChangeOrders changeOrders;

    @Autowired
    TestData testData;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twentyStartsAtOnceMakeExactlyOneOrder() throws Exception {
        TestAccount applicant = testData.account("racer", Role.APPLICANT);
        TestFiling filing = testData.beijingFiling(applicant, "北京竞速科技有限公司", TestData.uniqueDomain("race"));
        Actor actor = Actor.applicant(applicant.id());

        ConcurrentLinkedQueue<UUID> started = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<NotEligibleException> refused = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        CountDownLatch ready = new CountDownLatch(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        for (int i = 0; i < THREADS; i++) {
            pool.submit(() -> {
                ready.countDown();
                try {
                    go.await();
                    started.add(changeOrders.start(actor, filing.id(), ChangeType.SUBJECT_CHANGE, null));
                } catch (NotEligibleException e) {
                    refused.add(e);
                } catch (Throwable e) {
                    unexpected.add(e);
                }
            });
        }
        assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
        go.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();

        assertThat(unexpected).isEmpty();
        assertThat(started).hasSize(1);
        assertThat(refused).hasSize(THREADS - 1);
        String winner =
                jdbc.queryForObject("select reference from change_order where id = ?", String.class, started.peek());
        assertThat(refused)
                .allSatisfy(refusal -> assertThat(refusal.reasons())
                        .singleElement()
                        .satisfies(reason -> {
                            assertThat(reason.kind()).isEqualTo(EligibilityReason.Kind.OPEN_ORDER);
                            assertThat(reason.arguments()).first().isEqualTo(winner);
                        }));
        assertThat(jdbc.queryForObject(
                        "select count(*) from change_order where subject_id = ?", Integer.class, filing.id()))
                .isEqualTo(1);
        assertThat(List.of(winner)).allMatch(reference -> reference.matches("CO-\\d{4}-\\d{6}"));
    }
}
