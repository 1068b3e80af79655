package com.icpportal.changeorder.internal;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.icpportal.changeorder.ChangeType;
import com.icpportal.changeorder.OpenOrderSummary;
import com.icpportal.changeorder.OrderState;

/**
 * The unfinished orders of some subjects, as the columns the home page and the eligibility rules
 * read, oldest first. One statement whatever the number of subjects: the ids go as one array
 * ({@code = any(?)}), so PostgreSQL and the driver see the same statement every time, and the open
 * states are literals so that the one-open-order partial index serves it (see {@link StateSql}).
 * Loading the aggregates instead hydrated every proposal, timeline and mobile list just to learn
 * an id, a reference and a state.
 */
@Component
public class OpenOrderReads {

    private static final String SQL = "select id, reference, type, subject_id, state, due_at from change_order"
            + " where subject_id = any(?) and " + StateSql.in("state", OrderState.open())
            + " order by created_at";

    private final JdbcTemplate jdbc;

    OpenOrderReads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The open orders of these subjects, oldest first (at most one each while the unique index holds). */
    public List<OpenOrderSummary> ofSubjects(Collection<UUID> subjectIds) {
        if (subjectIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                SQL,
                statement ->
                        statement.setArray(1, statement.getConnection().createArrayOf("uuid", subjectIds.toArray())),
                (row, number) -> {
                    OffsetDateTime due = row.getObject("due_at", OffsetDateTime.class);
                    return new OpenOrderSummary(
                            row.getObject("id", UUID.class),
                            row.getString("reference"),
                            ChangeType.valueOf(row.getString("type")),
                            row.getObject("subject_id", UUID.class),
                            OrderState.valueOf(row.getString("state")),
                            due == null ? null : due.toInstant());
                });
    }
}
