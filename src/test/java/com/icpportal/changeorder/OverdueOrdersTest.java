package com.icpportal.changeorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import com.icpportal.account.Role;
import com.icpportal.support.OrderSteps;
import com.icpportal.support.PortalTest;
import com.icpportal.support.TestClock;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;

/** Overdue events: once per order and step, however often and on however many threads the job runs. */
@PortalTest
@RecordApplicationEvents
class OverdueOrdersTest {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired
    OverdueOrders overdue;

    @Autowired
    OrderSteps steps;

    @Autowired
    TestData testData;

    @Autowired
    ProviderDecisions decisions;

    @Autowired
    ChangeOrders changeOrders;

    @Autowired
    ApplicationEvents events;

    @Autowired
    TestClock clock;

    TestAccount applicant;
    Actor reviewer;

    @BeforeEach
    void people() {
        applicant = testData.account("overdue", Role.APPLICANT);
        reviewer = Actor.reviewer(testData.account("reviewer", Role.REVIEWER).id());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void oneEventPerOrderAndStepHoweverOftenTheJobRuns() {
        // Submitted Monday 10:00: provider review due Tuesday 10:00.
        clock.setTo(china(2026, 1, 5, 10, 0));
        UUID orderId = submitted("超期甲");
        assertThat(mine(overdue.publishOverdue(), orderId))
                .as("not overdue yet")
                .isEmpty();

        clock.setTo(china(2026, 1, 6, 10, 1));
        int before = events.stream(OrdersOverdue.class)
                .mapToInt(OrdersOverdue::total)
                .sum();
        List<OrderOverdue> claimed = overdue.publishOverdue();
        List<OrderOverdue> first = mine(claimed, orderId);
        assertThat(first)
                .containsExactly(new OrderOverdue(
                        orderId,
                        decisions.find(orderId).reference(),
                        OrderState.PROVIDER_REVIEW,
                        china(2026, 1, 6, 10, 0),
                        null));
        assertThat(events.stream(OrderOverdue.class)).as("no event per order").isEmpty();
        int counted = events.stream(OrdersOverdue.class)
                .mapToInt(OrdersOverdue::total)
                .sum();
        assertThat(counted).as("the batches' events count every order claimed").isEqualTo(before + claimed.size());

        clock.advance(Duration.ofHours(3));
        List<OrderOverdue> again = overdue.publishOverdue();
        assertThat(mine(again, orderId)).as("the second run publishes nothing").isEmpty();
        assertThat(events.stream(OrdersOverdue.class)
                        .mapToInt(OrdersOverdue::total)
                        .sum())
                .as("nothing counted twice")
                .isEqualTo(counted + again.size());

        // The next provider step gets its own event: the photo review, due a workday after the photo.
        steps.order(applicant, orderId).reviewer(reviewer).inState(OrderState.VERIFICATION_REVIEW);
        assertThat(decisions.find(orderId).dueAt()).isEqualTo(china(2026, 1, 7, 13, 1));
        clock.setTo(china(2026, 1, 7, 13, 2));
        assertThat(mine(overdue.publishOverdue(), orderId)).singleElement().satisfies(event -> {
            assertThat(event.state()).isEqualTo(OrderState.VERIFICATION_REVIEW);
            assertThat(event.assigneeId()).isEqualTo(reviewer.id());
        });
        assertThat(mine(overdue.publishOverdue(), orderId)).isEmpty();
    }

    @Test
    void twoNodesAtOncePublishEachOverdueOrderOnce() throws Exception {
        clock.setTo(china(2026, 1, 12, 11, 0));
        List<UUID> orders = List.of(submitted("超期乙"), submitted("超期丙"), submitted("超期丁"));
        clock.setTo(china(2026, 1, 13, 11, 30));

        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<List<OrderOverdue>>> runs = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                runs.add(CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                start.await(10, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            return overdue.publishOverdue();
                        },
                        nodes));
            }
            start.countDown();
            List<OrderOverdue> published = new ArrayList<>();
            for (CompletableFuture<List<OrderOverdue>> run : runs) {
                published.addAll(run.get(60, TimeUnit.SECONDS));
            }
            assertThat(published.stream()
                            .map(OrderOverdue::orderId)
                            .filter(orders::contains)
                            .toList())
                    .containsExactlyInAnyOrderElementsOf(orders);
        } finally {
            nodes.shutdownNow();
        }
    }

    private UUID submitted(String organiser) {
        var filing = testData.beijingFiling(applicant, "北京" + organiser + "有限公司", TestData.uniqueDomain("late"));
        return steps.subjectChange(applicant, filing.id()).address("超期路1号").submitted();
    }

    private static List<OrderOverdue> mine(List<OrderOverdue> published, UUID orderId) {
        return published.stream()
                .filter(event -> event.orderId().equals(orderId))
                .toList();
    }

    private static Instant china(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(CHINA).toInstant();
    }
}
