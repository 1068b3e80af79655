package com.icpportal.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.OptionalInt;

import org.springframework.stereotype.Service;

/**
 * Whether the calendar table covers next year. The State Council publishes the next year's
 * holidays around late November; from 1 December (in the portal's zone) admins are told while
 * next year has no entries, since deadlines would otherwise count only weekends as days off.
 */
@Service
public class CalendarCoverage {

    private final CalendarDays days;
    private final Clock clock;

    CalendarCoverage(CalendarDays days, Clock clock) {
        this.days = days;
        this.clock = clock;
    }

    /** Next year, when it is December and next year has no entries yet; empty otherwise. */
    public OptionalInt nextYearMissing() {
        LocalDate today = LocalDate.now(clock);
        if (today.getMonth() != Month.DECEMBER) {
            return OptionalInt.empty();
        }
        int next = today.getYear() + 1;
        long entries = days.between(LocalDate.of(next, 1, 1), LocalDate.of(next, 12, 31))
                .size();
        return entries == 0 ? OptionalInt.of(next) : OptionalInt.empty();
    }

    /**
     * Whether the calendar has entries for the year of {@code day}. A deadline in a year without
     * entries was counted with weekends as the only days off, so it may fall on a holiday: pages
     * tell staff so instead of presenting it as certain.
     */
    public boolean covers(LocalDate day) {
        int year = day.getYear();
        return !days.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .isEmpty();
    }

    /** This year in the portal's zone: the calendar page's default. */
    public int currentYear() {
        return LocalDate.now(clock).getYear();
    }
}
