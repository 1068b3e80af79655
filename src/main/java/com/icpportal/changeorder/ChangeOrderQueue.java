package com.icpportal.changeorder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review queue over all orders, with keyset pagination: each tab's predicate and sort match a
 * partial index of V11 or V14, so a page deep in a million orders costs what the first page does.
 */
@Service
public class ChangeOrderQueue {

    private static final String ACTIONABLE =
            "o.state in ('PROVIDER_REVIEW', 'VERIFICATION_REVIEW', 'AWAITING_SUBMISSION')";
    private static final String TO_DECIDE = "o.state in ('PROVIDER_REVIEW', 'VERIFICATION_REVIEW')";
    private static final String TO_SUBMIT = "o.state = 'AWAITING_SUBMISSION'";
    private static final String OPEN = "o.state not in ('DRAFT', 'APPROVED', 'PROVIDER_REJECTED', 'WITHDRAWN')";
    private static final String DONE = "o.state in ('APPROVED', 'PROVIDER_REJECTED', 'WITHDRAWN')";
    private static final String OPEN_KEY = "coalesce(o.due_at, 'infinity'::timestamptz)";

    private final NamedParameterJdbcTemplate jdbc;

    ChangeOrderQueue(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public QueuePage page(QueueQuery query) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("limit", query.size() + 1)
                .addValue("reviewer", query.reviewerId())
                .addValue("province", query.provinceCode())
                .addValue("state", query.state() == null ? null : query.state().name())
                .addValue("now", timestamp(query.now()))
                .addValue("afterKey", timestamp(query.afterKey()))
                .addValue("afterId", query.afterId());
        StringBuilder sql = new StringBuilder("""
                select o.id, o.reference, o.type, o.state, o.province_code, o.due_at, o.assignee_id, o.updated_at,
                       s.icp_number, s.organiser_name
                  from change_order o join filing_subject s on s.id = o.subject_id
                 where\s""");
        String key;
        String order;
        switch (query.tab()) {
            case UNASSIGNED -> {
                sql.append(TO_DECIDE).append(" and o.assignee_id is null");
                key = "o.due_at";
                order = " order by o.due_at, o.id";
            }
            case MINE -> {
                sql.append(ACTIONABLE).append(" and o.assignee_id = :reviewer");
                key = "o.due_at";
                order = " order by o.due_at, o.id";
            }
            case TO_SUBMIT -> {
                sql.append(TO_SUBMIT);
                key = "o.due_at";
                order = " order by o.due_at, o.id";
            }
            case OPEN -> {
                sql.append(OPEN);
                key = OPEN_KEY;
                order = " order by " + OPEN_KEY + ", o.id";
            }
            default -> {
                sql.append(DONE);
                key = "o.updated_at";
                order = " order by o.updated_at desc, o.id desc";
            }
        }
        if (query.provinceCode() != null) {
            sql.append(" and o.province_code = :province");
        }
        if (query.state() != null) {
            sql.append(" and o.state = :state");
        }
        if (query.overdueOnly()) {
            sql.append(" and o.due_at < :now");
        }
        if (!query.firstPage()) {
            String after = query.tab() == QueueTab.OPEN && query.afterKey() == null
                    ? "'infinity'::timestamptz"
                    : "cast(:afterKey as timestamptz)";
            sql.append(
                    query.tab() == QueueTab.DONE
                            ? " and (" + key + ", o.id) < (" + after + ", :afterId)"
                            : " and (" + key + ", o.id) > (" + after + ", :afterId)");
        }
        sql.append(order).append(" limit :limit");
        List<QueueRow> rows = jdbc.query(sql.toString(), parameters, ChangeOrderQueue::row);
        boolean hasNext = rows.size() > query.size();
        return new QueuePage(hasNext ? rows.subList(0, query.size()) : rows, hasNext);
    }

    private static QueueRow row(ResultSet rs, int number) throws SQLException {
        return new QueueRow(
                rs.getObject("id", UUID.class),
                rs.getString("reference"),
                ChangeType.valueOf(rs.getString("type")),
                OrderState.valueOf(rs.getString("state")),
                rs.getString("province_code"),
                rs.getString("icp_number"),
                rs.getString("organiser_name"),
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
