package com.icpportal.changeorder;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of the SLA page, each computed by PostgreSQL in one query: open orders by state, the
 * overdue ones, and for the provider reviews decided in the last 30 days the share decided by
 * their deadline and the median decision time ({@code percentile_cont}). A review runs from the
 * transition that entered PROVIDER_REVIEW (submission, resubmission, revision), which keeps the
 * deadline it set, to the reviewer's pass, return or rejection.
 */
@Service
public class ReviewFigures {

    private static final String OPEN = """
            select o.state, count(*) as orders from change_order o
             where o.state not in ('DRAFT', 'APPROVED', 'PROVIDER_REJECTED', 'WITHDRAWN')""";

    private static final String OVERDUE = """
            select count(*) from change_order o
             where o.state in ('PROVIDER_REVIEW', 'VERIFICATION_REVIEW', 'AWAITING_SUBMISSION') and o.due_at < :now""";

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
                    where entered.order_id = decision.order_id and entered.to_state = 'PROVIDER_REVIEW'
                      and entered.occurred_at <= decision.occurred_at
                    order by entered.occurred_at desc limit 1) review
             where decision.from_state = 'PROVIDER_REVIEW' and decision.action in ('PASS', 'RETURN', 'REJECT')
               and decision.occurred_at > :from and decision.occurred_at <= :now""";

    private final NamedParameterJdbcTemplate jdbc;

    ReviewFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures at {@code now}, for one province or (null) all of them. */
    @Transactional(readOnly = true)
    public ReviewSla sla(Instant now, String provinceCode) {
        Instant from = now.minus(ReviewSla.WINDOW);
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("now", now.atOffset(ZoneOffset.UTC))
                .addValue("from", from.atOffset(ZoneOffset.UTC))
                .addValue("province", provinceCode);
        String province = provinceCode == null ? "" : " and o.province_code = :province";

        Map<OrderState, Long> byState = new EnumMap<>(OrderState.class);
        jdbc.query(OPEN + province + " group by o.state", parameters, rs -> {
            byState.put(OrderState.valueOf(rs.getString("state")), rs.getLong("orders"));
        });
        long overdue = jdbc.queryForObject(OVERDUE + province, parameters, Long.class);
        return jdbc.queryForObject(DECISIONS + province, parameters, (rs, row) -> {
            double median = rs.getDouble("median_seconds");
            boolean none = rs.wasNull();
            return new ReviewSla(
                    new LinkedHashMap<>(byState),
                    overdue,
                    rs.getLong("decided"),
                    rs.getLong("with_deadline"),
                    rs.getLong("in_time"),
                    none ? null : Duration.ofMillis(Math.round(median * 1000)),
                    from,
                    now);
        });
    }
}
