package com.icpportal.changeorder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.icpportal.changeorder.internal.StateSql;

/**
 * Lists of orders over all applicants, read with SQL that the partial indexes of V11, V13 and V14
 * serve: the review queue's tabs (keyset pagination, so a page deep in a million orders costs what
 * the first page does) and the orders whose SMS verification ends soon.
 */
@Service
public class OrderListings {

    private static final String COLUMNS = """
            select o.id, o.reference, o.type, o.state, o.province_code, o.subject_id, o.due_at, o.assignee_id,
                   o.updated_at
              from change_order o
            """;
    private static final String DUE_NONE_LAST_KEY = "coalesce(o.due_at, 'infinity'::timestamptz)";

    private final NamedParameterJdbcTemplate jdbc;

    OrderListings(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of a listing: at most {@code listing.limit()} rows. */
    @Transactional(readOnly = true)
    public List<ListedOrder> page(OrderListing listing) {
        return jdbc.query(sql(listing), parameters(listing), OrderListings::row);
    }

    /** The page's query: the states, holder and sort of each shape the review queue uses match a partial index. */
    static String sql(OrderListing listing) {
        StringBuilder sql = new StringBuilder(COLUMNS).append(" where ").append(states(listing.states()));
        switch (listing.held()) {
            case NOBODY -> sql.append(" and o.assignee_id is null");
            case BY -> sql.append(" and o.assignee_id = :heldBy");
            case ANYONE -> {}
        }
        String key = switch (listing.sort()) {
            case DUE -> "o.due_at";
            case DUE_NONE_LAST -> DUE_NONE_LAST_KEY;
            case LATEST_CHANGE_FIRST -> "o.updated_at";
        };
        boolean descending = listing.sort() == OrderListing.Sort.LATEST_CHANGE_FIRST;
        if (listing.provinceCode() != null) {
            sql.append(" and o.province_code = :province");
        }
        if (listing.state() != null) {
            sql.append(" and o.state = :state");
        }
        if (listing.dueBefore() != null) {
            sql.append(" and o.due_at < :dueBefore");
            if (listing.sort() == OrderListing.Sort.DUE_NONE_LAST) {
                // The same condition on the sort key, so that it bounds the index range instead of
                // filtering a walk over it (the planner cannot derive one from the other).
                sql.append(" and " + DUE_NONE_LAST_KEY + " < :dueBefore");
            }
        }
        if (!listing.firstPage()) {
            String after = listing.sort() == OrderListing.Sort.DUE_NONE_LAST && listing.afterKey() == null
                    ? "'infinity'::timestamptz"
                    : "cast(:afterKey as timestamptz)";
            sql.append(" and (" + key + ", o.id) " + (descending ? "<" : ">") + " (" + after + ", :afterId)");
        }
        return sql.append(descending ? " order by " + key + " desc, o.id desc" : " order by " + key + ", o.id")
                .append(" limit :limit")
                .toString();
    }

    static MapSqlParameterSource parameters(OrderListing listing) {
        return new MapSqlParameterSource()
                .addValue("limit", listing.limit())
                .addValue("heldBy", listing.heldBy())
                .addValue("province", listing.provinceCode())
                .addValue(
                        "state",
                        listing.state() == null ? null : listing.state().name())
                .addValue("dueBefore", timestamp(listing.dueBefore()))
                .addValue("afterKey", timestamp(listing.afterKey()))
                .addValue("afterId", listing.afterId());
    }

    /** The orders in SMS verification whose 48 hours end after {@code after} and by {@code until}, soonest first. */
    @Transactional(readOnly = true)
    public List<ListedOrder> inSmsVerificationEnding(Instant after, Instant until) {
        return jdbc.query(
                COLUMNS + " where " + StateSql.in("o.state", EnumSet.of(OrderState.SMS_VERIFICATION))
                        + " and o.due_at > :after and o.due_at <= :until order by o.due_at",
                new MapSqlParameterSource().addValue("after", timestamp(after)).addValue("until", timestamp(until)),
                OrderListings::row);
    }

    /**
     * The states as a predicate: {@code in} the states, or {@code not in} the others when they are
     * fewer (the open-orders index lists the four states it leaves out).
     */
    static String states(java.util.Set<OrderState> states) {
        EnumSet<OrderState> others = EnumSet.complementOf(EnumSet.copyOf(states));
        return others.size() < states.size() ? StateSql.notIn("o.state", others) : StateSql.in("o.state", states);
    }

    private static ListedOrder row(ResultSet rs, int number) throws SQLException {
        return new ListedOrder(
                rs.getObject("id", UUID.class),
                rs.getString("reference"),
                ChangeType.valueOf(rs.getString("type")),
                OrderState.valueOf(rs.getString("state")),
                rs.getString("province_code"),
                rs.getObject("subject_id", UUID.class),
                instant(rs.getObject("due_at", OffsetDateTime.class)),
                rs.getObject("assignee_id", UUID.class),
                instant(rs.getObject("updated_at", OffsetDateTime.class)));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    /** Instants travel with their offset, whatever the JVM's time zone. */
    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
