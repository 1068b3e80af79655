package com.icpportal.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps a flood of anonymous events (failed sign-ins, refused API calls: anyone on the internet can
 * cause them without limit) from writing a row each to the append-only trail. Each is counted under
 * a key (an account and address, or an address) per time window: the first of a key in a window is
 * written to the trail at once, so an admin sees it; the others are only counted; once the window has
 * closed, {@link #summarise()} writes one row with the count. At most {@code portal.audit.tally-keys}
 * keys per kind and window get their own rows; beyond them every event shares one overflow key. So a
 * flood writes at most 2 × (keys + 1) rows per kind and window, whatever its size.
 */
@Component
class AuditTally {

    static final String OVERFLOW = "*";

    private final JdbcTemplate jdbc;
    private final AuditTrail trail;
    private final Clock clock;
    private final Duration window;
    private final int maxKeys;

    AuditTally(
            JdbcTemplate jdbc,
            AuditTrail trail,
            Clock clock,
            @Value("${portal.audit.tally-window:PT10M}") Duration window,
            @Value("${portal.audit.tally-keys:1000}") int maxKeys) {
        this.jdbc = jdbc;
        this.trail = trail;
        this.clock = clock;
        this.window = window;
        this.maxKeys = maxKeys;
    }

    /** One repeatable event, as its first row in the trail would show it. */
    record Occurrence(String kind, String key, String actorName, String entity, String entityId, String address) {}

    /**
     * Counts the event in the current transaction.
     *
     * @return whether it is the first of its key in this window, and so to be written to the trail now
     */
    boolean count(Occurrence occurrence) {
        Instant now = clock.instant();
        Timestamp windowStart = Timestamp.from(windowStart(now));
        Timestamp at = Timestamp.from(now);
        String key = cut(occurrence.key(), AuditTrail.ENTITY_ID_LENGTH);
        if (increment(occurrence.kind(), windowStart, key, at)) {
            return false;
        }
        Integer keys = jdbc.queryForObject(
                "select count(*) from audit_tally where kind = ? and window_start = ?",
                Integer.class,
                occurrence.kind(),
                windowStart);
        if (keys != null && keys >= maxKeys) {
            key = OVERFLOW;
        }
        Integer occurrences = jdbc.queryForObject(
                """
                insert into audit_tally (kind, window_start, tally_key, occurrences, first_at, last_at,
                                         actor_name, entity, entity_id, source_address)
                values (?, ?, ?, 1, ?, ?, ?, ?, ?, ?)
                on conflict (kind, window_start, tally_key)
                   do update set occurrences = audit_tally.occurrences + 1, last_at = excluded.last_at
                returning occurrences""",
                Integer.class,
                occurrence.kind(),
                windowStart,
                key,
                at,
                at,
                cut(mask(occurrence.actorName()), AuditTrail.ACTOR_NAME_LENGTH),
                occurrence.entity(),
                cut(occurrence.entityId() == null ? "" : mask(occurrence.entityId()), AuditTrail.ENTITY_ID_LENGTH),
                cut(occurrence.address(), AuditTrail.ADDRESS_LENGTH));
        return occurrences != null && occurrences == 1;
    }

    private boolean increment(String kind, Timestamp windowStart, String key, Timestamp at) {
        return jdbc.update("""
                        update audit_tally set occurrences = occurrences + 1, last_at = ?
                         where kind = ? and window_start = ? and tally_key = ?""", at, kind, windowStart, key) > 0;
    }

    /**
     * Writes one row per key whose window has closed and that counted more than its first event. The
     * conditional update claims the tallies, so two nodes never summarise the same one.
     */
    @Scheduled(fixedDelayString = "${portal.audit.summary-interval:PT1M}", initialDelayString = "PT1M")
    @Transactional
    public void summarise() {
        Instant now = clock.instant();
        List<Map<String, Object>> closed = jdbc.queryForList("""
                update audit_tally set summarised = true
                 where not summarised and window_start <= ?
                returning kind, tally_key, occurrences, first_at, last_at, actor_name, entity, entity_id, source_address""", Timestamp.from(now.minus(window)));
        for (Map<String, Object> tally : closed) {
            int occurrences = ((Number) tally.get("occurrences")).intValue();
            if (occurrences < 2) {
                continue;
            }
            boolean overflow = OVERFLOW.equals(tally.get("tally_key"));
            trail.append(
                    instant(tally.get("last_at")),
                    null,
                    overflow ? null : (String) tally.get("actor_name"),
                    (String) tally.get("kind"),
                    (String) tally.get("entity"),
                    overflow ? OVERFLOW : (String) tally.get("entity_id"),
                    occurrences + " in all between " + instant(tally.get("first_at")) + " and "
                            + instant(tally.get("last_at")) + (overflow ? ", from many sources" : "")
                            + "; only the first was recorded on its own",
                    overflow ? null : (String) tally.get("source_address"));
        }
        jdbc.update(
                "delete from audit_tally where summarised and window_start < ?",
                Timestamp.from(now.minus(Duration.ofDays(1))));
    }

    Instant windowStart(Instant at) {
        long size = window.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(at.toEpochMilli(), size) * size);
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        throw new IllegalStateException("not a time: " + value);
    }

    /** Nothing unmasked waits here either (a typed "username" may be an ID number). */
    private static String mask(String text) {
        return text == null ? null : com.icpportal.values.PersonalData.mask(text);
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
