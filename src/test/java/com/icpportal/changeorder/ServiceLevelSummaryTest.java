package com.icpportal.changeorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import com.icpportal.account.Role;
import com.icpportal.changeorder.OrderFigures.ReviewDecisions;
import com.icpportal.changeorder.internal.StateSql;
import com.icpportal.support.OrderSteps;
import com.icpportal.support.PortalTest;
import com.icpportal.support.TestClock;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;

/**
 * The SLA summaries of V101 (per-state counters and one row per decision, kept by triggers as
 * orders change) give what the scans they replaced compute on the same data: the count of open
 * orders per state, and the decisions of a window with their deadline share and median. Checked
 * over every order in the test database, and over one province with decisions made here.
 */
@PortalTest
class ServiceLevelSummaryTest {

    /** Ningxia: no other test files orders there. */
    static final String NINGXIA = "640000";

    /** The scan of the transition log that the SLA page ran before V101, kept here as the reference. */
    static final String DECISIONS_SCAN = """
            select count(*) as decided,
                   count(review.due_at) as with_deadline,
                   count(*) filter (where decision.occurred_at <= review.due_at) as in_time,
                   percentile_cont(0.5) within group (
                       order by extract(epoch from decision.occurred_at - review.occurred_at)) as median_seconds
              from change_order_transition decision
              join change_order o on o.id = decision.order_id
             cross join lateral (
                   select entered.occurred_at, entered.due_at from change_order_transition entered
                    where entered.order_id = decision.order_id and entered.to_state = 'PROVIDER_REVIEW'
                      and entered.occurred_at <= decision.occurred_at
                    order by entered.occurred_at desc limit 1) review
             where decision.from_state = 'PROVIDER_REVIEW' and decision.action in ('PASS', 'RETURN', 'REJECT')
               and decision.occurred_at > :from and decision.occurred_at <= :now
               and (cast(:province as varchar) is null or o.province_code = :province)""";

    @Autowired
    OrderFigures figures;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Autowired
    TestData testData;

    @Autowired
    OrderSteps steps;

    @Autowired
    ChangeOrders changeOrders;

    @Autowired
    ProviderDecisions decisions;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theSummariesEqualTheScansTheyReplaced() {
        TestAccount applicant = testData.account("summary", Role.APPLICANT);
        Actor reviewer =
                Actor.reviewer(testData.account("reviewer", Role.REVIEWER).id());
        at(2025, 6, 2, 9, 0);
        UUID passed = submitted(applicant, "甲");
        UUID returned = submitted(applicant, "乙");
        UUID rejected = submitted(applicant, "丙");
        submitted(applicant, "丁");
        at(2025, 6, 2, 15, 30);
        decide(reviewer, passed, "pass");
        at(2025, 6, 3, 11, 0);
        decide(reviewer, returned, "return");
        at(2025, 6, 3, 12, 0);
        changeOrders.resubmit(Actor.applicant(applicant.id()), returned, steps.version(returned));
        at(2025, 6, 5, 10, 0);
        decide(reviewer, returned, "pass");
        decide(reviewer, rejected, "reject");

        Instant from = Instant.parse("2000-01-01T00:00:00Z");
        Instant to = Instant.parse("2100-01-01T00:00:00Z");
        for (String province : new String[] {null, NINGXIA}) {
            assertThat(figures.openByState(province)).as("open in %s", province).isEqualTo(openScan(province));
            ReviewDecisions summary = figures.providerReviewsDecided(from, to, province);
            assertThat(summary).as("decisions in %s", province).isEqualTo(decisionsScan(from, to, province));
        }
        // Ningxia's own figures, worked out by hand: four decisions, the return after 26 hours.
        ReviewDecisions ningxia = figures.providerReviewsDecided(from, to, NINGXIA);
        assertThat(ningxia.decided()).isEqualTo(4);
        assertThat(figures.openByState(NINGXIA))
                .containsEntry(OrderState.PROVIDER_REVIEW, 1L)
                .doesNotContainKey(OrderState.PROVIDER_REJECTED);
        // A window that leaves out the first day.
        Instant second = at(2025, 6, 3, 0, 0);
        assertThat(figures.providerReviewsDecided(second, to, NINGXIA))
                .isEqualTo(decisionsScan(second, to, NINGXIA))
                .extracting(ReviewDecisions::decided)
                .isEqualTo(3L);
    }

    private Map<OrderState, Long> openScan(String province) {
        Map<OrderState, Long> byState = new EnumMap<>(OrderState.class);
        jdbc.query(
                "select state, count(*) as orders from change_order where "
                        + StateSql.notIn(
                                "state",
                                java.util.EnumSet.complementOf(java.util.EnumSet.copyOf(OrderState.inProcess())))
                        + " and (cast(:province as varchar) is null or province_code = :province) group by state",
                new MapSqlParameterSource("province", province),
                rs -> {
                    byState.put(OrderState.valueOf(rs.getString("state")), rs.getLong("orders"));
                });
        return byState;
    }

    private ReviewDecisions decisionsScan(Instant from, Instant to, String province) {
        return jdbc.queryForObject(
                DECISIONS_SCAN,
                new MapSqlParameterSource()
                        .addValue("from", from.atOffset(ZoneOffset.UTC))
                        .addValue("now", to.atOffset(ZoneOffset.UTC))
                        .addValue("province", province),
                (rs, row) -> {
                    double median = rs.getDouble("median_seconds");
                    boolean none = rs.wasNull();
                    return new ReviewDecisions(
                            rs.getLong("decided"),
                            rs.getLong("with_deadline"),
                            rs.getLong("in_time"),
                            none ? null : Duration.ofMillis(Math.round(median * 1000)));
                });
    }

    private UUID submitted(TestAccount applicant, String name) {
        var filing = testData.filing(
                applicant, NINGXIA, "宁", "640100", "640104", "宁夏汇总" + name + "有限公司", TestData.uniqueDomain("nx"));
        return steps.subjectChange(applicant, filing.id())
                .address("汇总路" + name + "号")
                .submitted();
    }

    private void decide(Actor reviewer, UUID orderId, String decision) {
        decisions.claim(reviewer, orderId);
        long version = steps.version(orderId);
        List<Reason> reasons = List.of(Reason.general("测试原因"));
        switch (decision) {
            case "pass" -> decisions.pass(reviewer, orderId, version, null);
            case "return" -> decisions.returnForCorrection(reviewer, orderId, version, reasons, null);
            default -> decisions.reject(reviewer, orderId, version, reasons, null);
        }
    }

    private Instant at(int year, int month, int day, int hour, int minute) {
        Instant instant = LocalDateTime.of(year, month, day, hour, minute)
                .atZone(ZoneId.of("Asia/Shanghai"))
                .toInstant();
        clock.setTo(instant);
        return instant;
    }
}
