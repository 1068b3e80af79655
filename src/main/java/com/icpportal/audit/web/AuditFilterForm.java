package com.icpportal.audit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.springframework.validation.Errors;
import org.springframework.web.util.UriComponentsBuilder;

import com.icpportal.audit.AuditEntry;
import com.icpportal.audit.AuditQuery;

/**
 * The trail's filters as typed (kept as text so that a mistyped date is shown back with its
 * message), and the keyset of the page to continue after.
 */
public class AuditFilterForm {

    /** Dates and page cursors outside these years are not dates anybody means (and PostgreSQL cannot compare them). */
    private static final int MIN_YEAR = 1;

    private static final int MAX_YEAR = 9999;
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private String actor;
    private String entity;
    private String entityId;
    private String kind;
    private String from;
    private String to;
    private String after;
    private String afterId;

    /** Checks the dates: each a calendar date (yyyy-mm-dd), the first not after the last. */
    void validate(Errors errors) {
        LocalDate first = date(from, "from", errors);
        LocalDate last = date(to, "to", errors);
        if (first != null && last != null && first.isAfter(last)) {
            errors.rejectValue("to", "audit.filter.to.beforeFrom");
        }
    }

    /** The query for this page; call only when {@link #validate} found nothing. */
    AuditQuery toQuery(ZoneId zone, int limit) {
        LocalDate first = parse(from);
        LocalDate last = parse(to);
        Instant afterTime = instant(after);
        Long afterKey = afterTime == null ? null : number(afterId);
        return new AuditQuery(
                blankToNull(actor),
                blankToNull(entity),
                blankToNull(entityId),
                blankToNull(kind),
                first == null ? null : first.atStartOfDay(zone).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant(),
                afterKey == null ? null : afterTime,
                afterKey,
                limit);
    }

    boolean continuesAfterAnEntry() {
        return instant(after) != null && number(afterId) != null;
    }

    /** This search's link to the entries older than the given one. */
    String olderThan(AuditEntry last) {
        return filtered()
                .queryParam("after", last.occurredAt().toString())
                .queryParam("afterId", last.id())
                .build()
                .encode()
                .toUriString();
    }

    /** This search from its newest entry. */
    String newest() {
        return filtered().build().encode().toUriString();
    }

    private UriComponentsBuilder filtered() {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(AuditController.PATH);
        add(uri, "actor", actor);
        add(uri, "entity", entity);
        add(uri, "entityId", entityId);
        add(uri, "kind", kind);
        add(uri, "from", from);
        add(uri, "to", to);
        return uri;
    }

    private static void add(UriComponentsBuilder uri, String name, String value) {
        if (blankToNull(value) != null) {
            uri.queryParam(name, value.strip());
        }
    }

    private static LocalDate date(String text, String field, Errors errors) {
        if (blankToNull(text) == null) {
            return null;
        }
        LocalDate date = parse(text);
        if (date == null) {
            errors.rejectValue(field, "audit.filter." + field + ".invalid");
        }
        return date;
    }

    private static LocalDate parse(String text) {
        if (blankToNull(text) == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            // PostgreSQL timestamps (and the day after the last date) end long before LocalDate's range
            return date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR ? null : date;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A keyset from the link; anything unreadable starts from the newest entry instead of failing. */
    private static Instant instant(String text) {
        try {
            Instant instant = blankToNull(text) == null ? null : Instant.parse(text.strip());
            return instant == null || instant.isBefore(EARLIEST) || instant.isAfter(LATEST) ? null : instant;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Long number(String text) {
        try {
            return blankToNull(text) == null ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getEntity() {
        return entity;
    }

    public void setEntity(String entity) {
        this.entity = entity;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getAfter() {
        return after;
    }

    public void setAfter(String after) {
        this.after = after;
    }

    public String getAfterId() {
        return afterId;
    }

    public void setAfterId(String afterId) {
        this.afterId = afterId;
    }
}
