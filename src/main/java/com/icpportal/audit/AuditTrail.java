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
        if (query.actor() != null) {
            sql.append(" and lower(actor_name) = lower(:actor)");
            params.put("actor", query.actor());
        }
        if (query.entity() != null) {
            sql.append(" and entity = :entity");
            params.put("entity", query.entity());
        }
        if (query.entityId() != null) {
            sql.append(" and entity_id = :entityId");
            params.put("entityId", query.entityId());
        }
        if (query.kind() != null) {
            sql.append(" and kind = :kind");
            params.put("kind", query.kind());
        }
        if (query.from() != null) {
            sql.append(" and occurred_at >= :from");
            params.put("from", timestamp(query.from()));
        }
        if (query.until() != null) {
            sql.append(" and occurred_at < :until");
            params.put("until", timestamp(query.until()));
        }
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
        return jdbc.sql("""
                with recursive found(kind) as (
                    (select kind from audit_entry order by kind limit 1)
                    union all
                    select (select e.kind from audit_entry e where e.kind > found.kind order by e.kind limit 1)
                      from found where found.kind is not null)
                select kind from found where kind is not null""").query(String.class).list();
    }

    /** The entity types recorded so far, in order (a loose index scan, like {@link #kinds()}). */
    @Transactional(readOnly = true)
    public List<String> entities() {
        return jdbc.sql("""
                with recursive found(entity) as (
                    (select entity from audit_entry order by entity limit 1)
                    union all
                    select (select e.entity from audit_entry e where e.entity > found.entity order by e.entity limit 1)
                      from found where found.entity is not null)
                select entity from found where entity is not null""").query(String.class).list();
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
        return instant.atOffset(ZoneOffset.UTC);
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
