package com.icpportal.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Set;

/**
 * The working-day rules over a known part of the calendar table, without Spring or a database, so
 * that they can be tested by hand. A day is a working day when the table makes it one (an
 * adjusted working day), or when it is Monday to Friday and the table does not make it a holiday.
 * Working hours are {@code [opens, closes)} on working days, in {@code zone}.
 * <p>
 * It knows the table only from {@code first} to {@code last}: a question about a day outside
 * throws {@link BeyondKnownDays}, so that the caller loads a wider part and asks again, instead of
 * silently treating an unloaded holiday as a working day.
 */
final class WorkingDays {

    private final LocalDate first;
    private final LocalDate last;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> adjustedWorkdays;
    private final LocalTime opens;
    private final LocalTime closes;
    private final ZoneId zone;

    WorkingDays(
            LocalDate first,
            LocalDate last,
            Set<LocalDate> holidays,
            Set<LocalDate> adjustedWorkdays,
            LocalTime opens,
            LocalTime closes,
            ZoneId zone) {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("Known days end (" + last + ") before they start (" + first + ")");
        }
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("Opening (" + opens + ") must be before closing (" + closes + ")");
        }
        if (!Collections.disjoint(holidays, adjustedWorkdays)) {
            throw new IllegalArgumentException("A day cannot be both a holiday and an adjusted working day");
        }
        this.first = first;
        this.last = last;
        this.holidays = Set.copyOf(holidays);
        this.adjustedWorkdays = Set.copyOf(adjustedWorkdays);
        this.opens = opens;
        this.closes = closes;
        this.zone = zone;
    }

    boolean isWorkingDay(LocalDate day) {
        if (day.isBefore(first) || day.isAfter(last)) {
            throw new BeyondKnownDays(day);
        }
        if (adjustedWorkdays.contains(day)) {
            return true;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The first working day strictly after {@code day}. */
    LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /**
     * The start moved into working hours (or left where it is when already inside them), then the
     * same time of day {@code workdays} working days later.
     */
    Instant deadline(Instant start, int workdays) {
        if (workdays < 0) {
            throw new IllegalArgumentException("Working days must not be negative: " + workdays);
        }
        LocalDateTime from = intoWorkingHours(start.atZone(zone).toLocalDateTime());
        LocalDate day = from.toLocalDate();
        for (int i = 0; i < workdays; i++) {
            day = nextWorkingDay(day);
        }
        return day.atTime(from.toLocalTime()).atZone(zone).toInstant();
    }

    private LocalDateTime intoWorkingHours(LocalDateTime time) {
        LocalDate day = time.toLocalDate();
        if (isWorkingDay(day)) {
            if (time.toLocalTime().isBefore(opens)) {
                return day.atTime(opens);
            }
            if (time.toLocalTime().isBefore(closes)) {
                return time;
            }
        }
        return nextWorkingDay(day).atTime(opens);
    }

    /** How many working days lie in {@code [from, toExclusive)}; 0 when the span is empty. */
    int workingDaysBetween(LocalDate from, LocalDate toExclusive) {
        int count = 0;
        for (LocalDate day = from; day.isBefore(toExclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The part of {@code [from, to)} that falls within working hours of working days. */
    Duration workingTimeBetween(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate lastDay = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(lastDay); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                Instant opening = day.atTime(opens).atZone(zone).toInstant();
                Instant closing = day.atTime(closes).atZone(zone).toInstant();
                Instant overlapStart = from.isAfter(opening) ? from : opening;
                Instant overlapEnd = to.isBefore(closing) ? to : closing;
                if (overlapStart.isBefore(overlapEnd)) {
                    total = total.plus(Duration.between(overlapStart, overlapEnd));
                }
            }
        }
        return total;
    }

    /** Thrown when a question needs a day whose row was not loaded. */
    static final class BeyondKnownDays extends RuntimeException {

        private final LocalDate day;

        BeyondKnownDays(LocalDate day) {
            super("The calendar was not loaded for " + day, null, false, false);
            this.day = day;
        }

        LocalDate day() {
            return day;
        }
    }
}
