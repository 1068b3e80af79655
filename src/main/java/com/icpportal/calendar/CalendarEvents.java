package com.icpportal.calendar;

import java.time.LocalDate;
import java.util.UUID;

import com.icpportal.shared.AuditedEvent;

/** What admins did to the calendar table; each is recorded in the audit trail. */
public final class CalendarEvents {

    private CalendarEvents() {}

    /** A day entry added or removed: the trail files it under the day, with its kind as the detail. */
    public interface DayEvent extends AuditedEvent {

        LocalDate day();

        DayKind kind();

        UUID actorId();

        @Override
        default String auditEntity() {
            return "calendar_day";
        }

        @Override
        default String auditEntityId() {
            return day().toString();
        }

        @Override
        default UUID auditActorId() {
            return actorId();
        }

        @Override
        default String auditDetail() {
            return kind().name();
        }
    }

    public record CalendarDayAdded(LocalDate day, DayKind kind, UUID actorId) implements DayEvent {
        public String auditKind() {
            return "calendar.day-added";
        }
    }

    public record CalendarDayRemoved(LocalDate day, DayKind kind, UUID actorId) implements DayEvent {
        public String auditKind() {
            return "calendar.day-removed";
        }
    }

    /** A year's entries replaced by an imported file: {@code replaced} entries gave way to {@code imported}. */
    public record CalendarYearImported(int year, int imported, long replaced, UUID actorId) implements AuditedEvent {
        public String auditKind() {
            return "calendar.year-imported";
        }

        public String auditEntity() {
            return "calendar_year";
        }

        public String auditEntityId() {
            return String.valueOf(year);
        }

        public UUID auditActorId() {
            return actorId;
        }

        public String auditDetail() {
            return imported + " entries imported, " + replaced + " replaced";
        }
    }
}
