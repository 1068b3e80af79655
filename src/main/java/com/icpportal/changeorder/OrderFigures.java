package com.icpportal.changeorder;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.icpportal.changeorder.internal.StateSql;

/**
 * Figures over all orders, each computed by PostgreSQL in one query, for the provider's service
 * level: open orders by state, the overdue ones, and the provider reviews decided in a window with
 * the share decided by their deadline and the median decision time ({@code percentile_cont}). A
 * review runs from the transition that entered PROVIDER_REVIEW (submission, resubmission,
 * revision), which keeps the deadline it set, to the reviewer's pass, return or rejection.
 */
@Service
public class OrderFigures {

    /** The reviewer's decisions on a provider review (the transition log's partial index of V14 lists them). */
    static final EnumSet<Action> PROVIDER_REVIEW_DECISIONS = EnumSet.of(Action.PASS, Action.RETURN, Action.REJECT);

    private static final String OPEN = "select o.state, count(*) as orders from change_order o where "
            + OrderListings.states(OrderState.inProcess());

    private static final String OVERDUE = "select count(*) from change_order o where "
            + StateSql.in("o.state", OrderState.providerSteps()) + " and o.due_at < :now";

    private static final String DECISIONS = """
            select count(*) as decided,
                   count(review.due_at) as with_deadline,
                   count(*) filter (where decision.occurred_at <= review.due_at) as in_time,
                   percentile_cont(0.5) within group (
                       order by extract(epoch from decision.occurred_at - review.occurred_at)) as median_seconds
              from change_order_transition decision
              join change_order o on o.id = decision.order_id
             cross join lateral (
                   select entered.occurred_at, entered.due_at from change_order_transition entered
                    where entered.order_id = decision.order_id and entered.to_state = %1$s
                      and entered.occurred_at <= decision.occurred_at
                    order by entered.occurred_at desc limit 1) review
             where decision.from_state = %1$s and decision.action in %2$s
               and decision.occurred_at > :from and decision.occurred_at <= :now""".formatted(
                    StateSql.literal(OrderState.PROVIDER_REVIEW),
                    PROVIDER_REVIEW_DECISIONS.stream()
                            .map(action -> "'" + action.name() + "'")
                            .collect(Collectors.joining(", ", "(", ")")));

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
        jdbc.query(OPEN + province(provinceCode) + " group by o.state", parameters(null, null, provinceCode), rs -> {
            byState.put(OrderState.valueOf(rs.getString("state")), rs.getLong("orders"));
        });
        return new LinkedHashMap<>(byState);
    }

    /** Orders past the deadline of a provider step (provider review, photo review, submission) at {@code now}. */
    @Transactional(readOnly = true)
    public long overdueInProviderSteps(Instant now, String provinceCode) {
        return jdbc.queryForObject(OVERDUE + province(provinceCode), parameters(null, now, provinceCode), Long.class);
    }

    /** The provider reviews decided in the window ({@code from}, {@code to}]. */
    @Transactional(readOnly = true)
    public ReviewDecisions providerReviewsDecided(Instant from, Instant to, String provinceCode) {
        return jdbc.queryForObject(
                DECISIONS + province(provinceCode), parameters(from, to, provinceCode), (rs, row) -> {
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
