package com.icpportal.authority;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icpportal.account.Role;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.AdministrationRecords;
import com.icpportal.changeorder.OrderState;
import com.icpportal.changeorder.ProviderDecisions;
import com.icpportal.support.OrderSteps;
import com.icpportal.support.PortalTest;
import com.icpportal.support.TestClock;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;

/**
 * The 48-hour expiry is idempotent and safe when two nodes run it at once: each order is rejected
 * once. The two threads stand for two nodes (the job method itself is also synchronized within
 * one process, so they call what it calls).
 */
@PortalTest
class SmsDeadlineJobTest {

    @Autowired
    TestData testData;

    @Autowired
    OrderSteps steps;

    @Autowired
    TestClock clock;

    @Autowired
    AuthorityDecisions authority;

    @Autowired
    ProviderDecisions decisions;

    @Autowired
    AdministrationRecords records;

    @Autowired
    SmsDeadlineJob job;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void runTwiceAndFromTwoThreadsAtOnceRejectsEachOrderOnce() throws Exception {
        clock.setTo(ManualGatewayTest.TUESDAY_10_00);
        TestAccount applicant = testData.account("expiry-applicant", Role.APPLICANT);
        UUID reviewerId = testData.account("expiry-reviewer", Role.REVIEWER).id();
        List<UUID> orders = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            UUID orderId = steps.awaitingSubmission(applicant, reviewerId, true, "1391234567" + i);
            authority.submit(
                    Actor.reviewer(reviewerId), orderId, decisions.find(orderId).version());
            orders.add(orderId);
        }
        clock.advance(Duration.ofHours(49));

        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                // What each node's job runs, unsynchronized: only the database keeps them apart.
                runs.add(nodes.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return records.expireSmsVerifications(100).size();
                }));
            }
            for (Future<Integer> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            nodes.shutdownNow();
        }
        job.rejectExpired();
        job.rejectExpired();

        for (UUID orderId : orders) {
            assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.AUTHORITY_REJECTED);
            assertThat(jdbc.queryForObject("""
                    select count(*) from change_order_transition where order_id = ? and action = 'SMS_FAILED'""", Integer.class, orderId)).isEqualTo(1);
        }
    }
}
