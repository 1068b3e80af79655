package com.icpportal.changeorder;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.icpportal.changeorder.internal.StateSql;

/**
 * Figures over all orders for the provider's service level, each read from a summary rather than a
 * scan of the orders or the transition log: open orders by state (counters that V101's triggers
 * keep in the writing transaction), the overdue ones (counted up to a bound), and the provider
 * reviews decided in a window ({@code review_decision}, one row per decision written by a trigger
 * as it is recorded) with the share decided by their deadline and the median decision time. A
 * review runs from the transition that entered PROVIDER_REVIEW (submission, resubmission,
 * revision), which keeps the deadline it set, to the reviewer's pass, return or rejection.
 */
@Service
public class OrderFigures {

    /** The reviewer's decisions on a provider review (V101's trigger copies them to {@code review_decision}). */
    static final EnumSet<Action> PROVIDER_REVIEW_DECISIONS = EnumSet.of(Action.PASS, Action.RETURN, Action.REJECT);

    /** Overdue orders are counted up to this many and one more; beyond, the page says "more than". */
    public static final int OVERDUE_COUNTED_UP_TO = 1000;

    /** The counters that V101's triggers keep per province and state as orders are written. */
    private static final String OPEN =
            "select c.state, sum(c.orders) as orders from order_state_count c where c.orders > 0 and "
                    + StateSql.notIn("c.state", EnumSet.complementOf(EnumSet.copyOf(OrderState.inProcess())));

    private static final String OVERDUE = "select count(*) from (select 1 from change_order o where "
            + StateSql.in("o.state", OrderState.providerSteps()) + " and o.due_at < :now%s limit "
            + (OVERDUE_COUNTED_UP_TO + 1) + ") overdue";

    /** The decisions of the window from the summary that V101's trigger writes as each decision is recorded. */
    private static final String DECISIONS = """
            select count(*) as decided,
                   count(d.due_at) as with_deadline,
                   count(*) filter (where d.decided_at <= d.due_at) as in_time,
                   percentile_cont(0.5) within group (
                       order by extract(epoch from d.decided_at - d.started_at)) as median_seconds
              from review_decision d
             where d.decided_at > :from and d.decided_at <= :now""";

    private final NamedParameterJdbcTemplate jdbc;

    OrderFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * How the provider's reviews went in a window.
     *
     * @param decided        provider reviews decided (pass, return, reject) in the window
     * @param withDeadline   of those, the ones whose review had a recorded deadline
     * @param decidedInTime  of those, the ones decided at or before that deadline
     * @param medianDecision median time from entering provider review to the decision; null without decisions
     */
    public record ReviewDecisions(long decided, long withDeadline, long decidedInTime, Duration medianDecision) {}

    /** Submitted orders not finished, per state (states without orders absent), for one province or (null) all. */
    @Transactional(readOnly = true)
    public Map<OrderState, Long> openByState(String provinceCode) {
        Map<OrderState, Long> byState = new EnumMap<>(OrderState.class);
        String province = provinceCode == null ? "" : " and c.province_code = :province";
        jdbc.query(OPEN + province + " group by c.state", parameters(null, null, provinceCode), rs -> {
            byState.put(OrderState.valueOf(rs.getString("state")), rs.getLong("orders"));
        });
        return new LinkedHashMap<>(byState);
    }

    /**
     * Orders past the deadline of a provider step (provider review, photo review, submission) at
     * {@code now}, counted up to {@link #OVERDUE_COUNTED_UP_TO} + 1: a bounded read however many there are.
     */
    @Transactional(readOnly = true)
    public long overdueInProviderSteps(Instant now, String provinceCode) {
        return jdbc.queryForObject(
                OVERDUE.formatted(province(provinceCode)), parameters(null, now, provinceCode), Long.class);
    }

    /** The provider reviews decided in the window ({@code from}, {@code to}]. */
    @Transactional(readOnly = true)
    public ReviewDecisions providerReviewsDecided(Instant from, Instant to, String provinceCode) {
        return jdbc.queryForObject(
                DECISIONS + (provinceCode == null ? "" : " and d.province_code = :province"),
                parameters(from, to, provinceCode),
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

    private static String province(String provinceCode) {
        return provinceCode == null ? "" : " and o.province_code = :province";
    }

    private static MapSqlParameterSource parameters(Instant from, Instant now, String provinceCode) {
        return new MapSqlParameterSource()
                .addValue("now", now == null ? null : now.atOffset(ZoneOffset.UTC))
                .addValue("from", from == null ? null : from.atOffset(ZoneOffset.UTC))
                .addValue("province", provinceCode);
    }
}
