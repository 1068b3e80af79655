package com.icpportal.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Service;

/**
 * China's working days and working hours, for deadlines and SLA figures. Days follow the
 * calendar table that admins maintain (holidays and adjusted working days); times are in the
 * portal's zone (Asia/Shanghai) and working hours are {@link CalendarSettings}.
 */
@Service
public class WorkingCalendar {

    // A week covers a weekend and most holidays; the longest runs (9 days) take a second query.
    private static final int NEXT_DAY_WINDOW = 7;
    // Generous on purpose: the table has about 36 rows a year, so a wide range costs nothing and
    // spares a second query even across the Spring Festival and National Day.
    private static final int DAYS_PER_WORKDAY = 7;
    private static final int DEADLINE_MARGIN = 60;

    private final CalendarDays days;
    private final CalendarSettings settings;
    private final ZoneId zone;

    WorkingCalendar(CalendarDays days, CalendarSettings settings, Clock clock) {
        this.days = days;
        this.settings = settings;
        this.zone = clock.getZone();
    }

    /**
     * The moment that is {@code workdays} working days after {@code start}. A start outside
     * working hours of a working day first moves to the opening of the next working day (the same
     * day when it is a working day and before opening); the deadline is then the same time of day
     * {@code workdays} working days later. So Friday 16:00 + 1 is Monday 16:00, Saturday 22:00 + 1
     * is Tuesday 09:00, and 18:00 on a working day + 1 is 09:00 two working days later.
     *
     * @param start    when the step starts
     * @param workdays how many working days it may take; 0 gives the start moved into working hours
     * @throws IllegalArgumentException when {@code workdays} is negative
     */
    public Instant deadline(Instant start, int workdays) {
        if (workdays < 0) {
            throw new IllegalArgumentException("Working days must not be negative: " + workdays);
        }
        LocalDate first = start.atZone(zone).toLocalDate();
        LocalDate last = first.plusDays((long) workdays * DAYS_PER_WORKDAY + DEADLINE_MARGIN);
        return answer(first, last, calendar -> calendar.deadline(start, workdays));
    }

    /**
     * The deadlines of many steps at once, each {@code workdays} working days after its start, with
     * one load of the calendar: for moving the deadlines a calendar change touches.
     *
     * @param starts when each step started
     * @param workdays how many working days each may take, in the same order
     * @return the deadlines, in the same order
     */
    public java.util.List<Instant> deadlines(java.util.List<Instant> starts, java.util.List<Integer> workdays) {
        if (starts.size() != workdays.size()) {
            throw new IllegalArgumentException("One number of working days per start");
        }
        if (starts.isEmpty()) {
            return java.util.List.of();
        }
        LocalDate first = starts.stream()
                .min(Instant::compareTo)
                .orElseThrow()
                .atZone(zone)
                .toLocalDate();
        LocalDate lastStart = starts.stream()
                .max(Instant::compareTo)
                .orElseThrow()
                .atZone(zone)
                .toLocalDate();
        int most = workdays.stream().mapToInt(Integer::intValue).max().orElse(0);
        LocalDate last = lastStart.plusDays((long) most * DAYS_PER_WORKDAY + DEADLINE_MARGIN);
        return answer(first, last, calendar -> {
            java.util.List<Instant> due = new java.util.ArrayList<>();
            for (int i = 0; i < starts.size(); i++) {
                due.add(calendar.deadline(starts.get(i), workdays.get(i)));
            }
            return due;
        });
    }

    /** Whether {@code day} is a working day: an adjusted working day, or Monday to Friday and not a holiday. */
    public boolean isWorkingDay(LocalDate day) {
        return answer(day, day, calendar -> calendar.isWorkingDay(day));
    }

    /**
     * How many working days lie in {@code [fromInclusive, toExclusive)}, for SLA figures.
     *
     * @return the count, 0 when {@code toExclusive} is not after {@code fromInclusive}
     */
    public int workingDaysBetween(LocalDate fromInclusive, LocalDate toExclusive) {
        if (!toExclusive.isAfter(fromInclusive)) {
            return 0;
        }
        return answer(
                fromInclusive,
                toExclusive.minusDays(1),
                calendar -> calendar.workingDaysBetween(fromInclusive, toExclusive));
    }

    /**
     * The working time between two moments: only time within working hours of working days
     * counts, as for "overdue by 3 h".
     *
     * @return the working time, {@link Duration#ZERO} when {@code to} is not after {@code from}
     */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        return answer(
                from.atZone(zone).toLocalDate(),
                to.atZone(zone).toLocalDate(),
                calendar -> calendar.workingTimeBetween(from, to));
    }

    /**
     * The working time from each of the instants to {@code to} (zero for those not before it), with
     * one load of the calendar for all of them: for a page of overdue deadlines.
     */
    public java.util.List<Duration> workingTimesUntil(java.util.List<Instant> froms, Instant to) {
        java.util.Optional<Instant> earliest = froms.stream()
                .filter(java.util.Objects::nonNull)
                .filter(from -> from.isBefore(to))
                .min(Instant::compareTo);
        if (earliest.isEmpty()) {
            return froms.stream().map(from -> Duration.ZERO).toList();
        }
        return answer(
                earliest.get().atZone(zone).toLocalDate(),
                to.atZone(zone).toLocalDate(),
                calendar -> froms.stream()
                        .map(from -> from == null || !from.isBefore(to)
                                ? Duration.ZERO
                                : calendar.workingTimeBetween(from, to))
                        .toList());
    }

    /** The first working day strictly after {@code day}. */
    public LocalDate nextWorkingDay(LocalDate day) {
        LocalDate first = day.plusDays(1);
        return answer(first, first.plusDays(NEXT_DAY_WINDOW - 1), calendar -> calendar.nextWorkingDay(day));
    }

    /** The zone in which working days and hours apply (the portal's clock's zone). */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Loads the table from {@code first} to {@code last} and asks; when the answer needs later
     * days (an unusually long run of days off), loads twice the span and asks again.
     */
    private <T> T answer(LocalDate first, LocalDate last, Function<WorkingDays, T> question) {
        LocalDate end = last;
        while (true) {
            try {
                return question.apply(load(first, end));
            } catch (WorkingDays.BeyondKnownDays e) {
                if (e.day().isBefore(first)) {
                    throw new IllegalStateException("Asked about " + e.day() + " before the loaded " + first, e);
                }
                end = e.day().plusDays(ChronoUnit.DAYS.between(first, end) + 1);
            }
        }
    }

    private WorkingDays load(LocalDate first, LocalDate last) {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> adjustedWorkdays = new HashSet<>();
        days.between(first, last).forEach((day, kind) -> {
            if (kind == DayKind.HOLIDAY) {
                holidays.add(day);
            } else {
                adjustedWorkdays.add(day);
            }
        });
        return new WorkingDays(first, last, holidays, adjustedWorkdays, settings.opens(), settings.closes(), zone);
    }
}
