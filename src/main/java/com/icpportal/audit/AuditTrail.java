package com.icpportal.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.icpportal.values.PersonalData;

/**
 * The trail in the database: appending entries (masked, in the caller's transaction) and searching
 * them newest first with keyset paging. Plain SQL: the table is append-only, there is no entity to manage.
 */
@Service
public class AuditTrail {

    static final int ACTOR_NAME_LENGTH = 100;
    static final int KIND_LENGTH = 100;
    static final int ENTITY_LENGTH = 100;
    static final int ENTITY_ID_LENGTH = 200;
    static final int DETAIL_LENGTH = 2000;
    static final int ADDRESS_LENGTH = 64;

    private final JdbcClient jdbc;

    AuditTrail(JdbcTemplate jdbcTemplate) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
    }

    /** Appends one entry in the current transaction; every text is masked and cut to its column. */
    void append(
            Instant occurredAt,
            UUID actorId,
            String actorName,
            String kind,
            String entity,
            String entityId,
            String detail,
            String sourceAddress) {
        jdbc.sql("""
                insert into audit_entry (occurred_at, actor_id, actor_name, kind, entity, entity_id, detail, source_address)
                values (:occurredAt, :actorId, :actorName, :kind, :entity, :entityId, :detail, :sourceAddress)""")
                .param("occurredAt", timestamp(occurredAt))
                .param("actorId", actorId)
                .param("actorName", clean(actorName, ACTOR_NAME_LENGTH))
                .param("kind", clean(kind, KIND_LENGTH))
                .param("entity", clean(entity, ENTITY_LENGTH))
                .param("entityId", entityId == null ? "" : clean(entityId, ENTITY_ID_LENGTH))
                .param("detail", clean(detail, DETAIL_LENGTH))
                .param("sourceAddress", clean(sourceAddress, ADDRESS_LENGTH))
                .update();
    }

    /** A page of entries matching the query, newest first, continuing after the query's keyset if it has one. */
    @Transactional(readOnly = true)
    public AuditPage search(AuditQuery query) {
        StringBuilder sql = new StringBuilder("""
                select id, occurred_at, actor_id, actor_name, kind, entity, entity_id, detail, source_address
                  from audit_entry where true""");
        Map<String, Object> params = new HashMap<>();
        filter(sql, params, "lower(actor_name) = lower(:actor)", "actor", query.actor());
        filter(sql, params, "entity = :entity", "entity", query.entity());
        filter(sql, params, "entity_id = :entityId", "entityId", query.entityId());
        filter(sql, params, "kind = :kind", "kind", query.kind());
        filter(sql, params, "occurred_at >= :from", "from", timestamp(query.from()));
        filter(sql, params, "occurred_at < :until", "until", timestamp(query.until()));
        if (query.afterId() != null) {
            sql.append(" and (occurred_at, id) < (:afterTime, :afterId)");
            params.put("afterTime", timestamp(query.afterTime()));
            params.put("afterId", query.afterId());
        }
        sql.append(" order by occurred_at desc, id desc limit :limit");
        params.put("limit", query.limit() + 1);
        List<AuditEntry> rows =
                jdbc.sql(sql.toString()).params(params).query(AuditTrail::entry).list();
        boolean older = rows.size() > query.limit();
        return new AuditPage(older ? rows.subList(0, query.limit()) : rows, older);
    }

    /** The kinds recorded so far, in order (a loose index scan: one index probe per kind, not a table scan). */
    @Transactional(readOnly = true)
    public List<String> kinds() {
        return recorded("kind");
    }

    /** The entity types recorded so far, in order (a loose index scan, like {@link #kinds()}). */
    @Transactional(readOnly = true)
    public List<String> entities() {
        return recorded("entity");
    }

    /** The distinct values of an indexed column; {@code column} is one of this class's names, never input. */
    private List<String> recorded(String column) {
        return jdbc.sql("""
                with recursive found(%1$s) as (
                    (select %1$s from audit_entry order by %1$s limit 1)
                    union all
                    select (select e.%1$s from audit_entry e where e.%1$s > found.%1$s order by e.%1$s limit 1)
                      from found where found.%1$s is not null)
                select %1$s from found where %1$s is not null""".formatted(column)).query(String.class).list();
    }

    /** Adds {@code and condition} with its parameter when the query has a value for it. */
    private static void filter(
            StringBuilder sql, Map<String, Object> params, String condition, String name, Object value) {
        if (value != null) {
            sql.append(" and ").append(condition);
            params.put(name, value);
        }
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(
                rs.getLong("id"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getObject("actor_id", UUID.class),
                rs.getString("actor_name"),
                rs.getString("kind"),
                rs.getString("entity"),
                rs.getString("entity_id"),
                rs.getString("detail"),
                rs.getString("source_address"));
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** Masked first, so that cutting never leaves part of an identifier unmasked. */
    private static String clean(String text, int length) {
        if (text == null) {
            return null;
        }
        String masked = PersonalData.mask(text.strip());
        return masked.length() <= length ? masked : masked.substring(0, length - 1) + "…";
    }
}
