package com.icpportal.changeorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.icpportal.account.Role;
import com.icpportal.support.OrderSteps;
import com.icpportal.support.PortalTest;
import com.icpportal.support.TestClock;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;

/**
 * Many orders overdue at once make one unread digest notice per reviewer (and one email that day),
 * not a notice per order per reviewer: the job, in small batches, through the event to the notices.
 */
@PortalTest
class OverdueDigestTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int ORDERS = 7;

    @Autowired
    OrderSteps steps;

    @Autowired
    TestData testData;

    @Autowired
    NamedParameterJdbcTemplate named;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TestClock clock;

    @Autowired
    com.icpportal.shared.ClusterJobs jobs;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void manyOverdueOrdersInManyBatchesAreOneDigestNoticePerReviewer() {
        TestAccount applicant = testData.account("digest", Role.APPLICANT);
        TestAccount holder = testData.account("digest-reviewer", Role.REVIEWER);
        TestAccount colleague = testData.account("digest-colleague", Role.REVIEWER);
        clock.setTo(LocalDateTime.of(2026, 3, 2, 10, 0).atZone(CHINA).toInstant());
        List<UUID> held = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            var filing = testData.beijingFiling(applicant, "北京汇总" + i + "有限公司", TestData.uniqueDomain("digest"));
            held.add(steps.subjectChange(applicant, filing.id())
                    .reviewer(Actor.reviewer(holder.id()))
                    .claimed());
        }
        clock.advance(Duration.ofDays(5));
        // Batches of two: four events for the seven orders (and one or more for other tests' orders).
        OverdueOrders smallBatches = new OverdueOrders(named, transactions, events, clock, 2, jobs);
        List<OrderOverdue> claimed = smallBatches.publishOverdue();
        assertThat(claimed.stream().map(OrderOverdue::orderId).filter(held::contains))
                .hasSize(ORDERS);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(digestCount(holder.id())).isGreaterThanOrEqualTo(ORDERS));
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where recipient_account_id = ? and channel = 'NOTICE'",
                        Integer.class,
                        holder.id()))
                .as("one notice however many orders")
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where recipient_account_id = ? and channel = 'EMAIL'",
                        Integer.class,
                        holder.id()))
                .as("one email that day")
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where recipient_account_id = ? and channel = 'NOTICE'",
                        Integer.class,
                        colleague.id()))
                .as("orders someone holds are not every reviewer's notice")
                .isLessThanOrEqualTo(1);
    }

    private int digestCount(UUID accountId) {
        return jdbc
                .queryForList(
                        "select (message_args ->> 'count')::int from notification where recipient_account_id = ? "
                                + "and kind = 'ORDERS_OVERDUE' and channel = 'NOTICE' and read_at is null",
                        Integer.class,
                        accountId)
                .stream()
                .mapToInt(Integer::intValue)
                .sum();
    }
}
