package com.icpportal.audit;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/** Reads the trail the way an auditor would: straight from the table. */
final class AuditRows {

    private final JdbcTemplate jdbc;

    AuditRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The newest id now: rows written later have larger ids. Sound with other threads and contexts
     * writing at the same time: the identity hands out ids in the order asked (cache 1), so an
     * action's row, asked for after the mark, is above every id visible at the mark; a row of
     * another transaction that commits later only matters if it is about the same entity.
     */
    long mark() {
        Long max = jdbc.queryForObject("select max(id) from audit_entry", Long.class);
        return max == null ? 0 : max;
    }

    /** The rows about this entity written after the mark, oldest first. */
    List<Map<String, Object>> about(String entityId, long mark) {
        return jdbc.queryForList(
                "select * from audit_entry where entity_id = ? and id > ? order by id", entityId, mark);
    }

    List<Map<String, Object>> about(String entityId) {
        return about(entityId, 0);
    }
}
