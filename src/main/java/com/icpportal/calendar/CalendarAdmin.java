package com.icpportal.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.icpportal.calendar.CalendarEvents.CalendarDayAdded;
import com.icpportal.calendar.CalendarEvents.CalendarDayRemoved;
import com.icpportal.calendar.CalendarEvents.CalendarYearImported;
import com.icpportal.shared.ImportProblem;

/**
 * Admins keep the calendar table: add and remove entries, or replace a year from a file. The
 * working-day arithmetic ({@link WorkingCalendar}) keeps the table in memory ({@link CalendarDays})
 * under the version a database trigger moves on with each change, so a change counts for the next
 * deadline computed, on every node.
 */
@Service
public class CalendarAdmin {

    private final CalendarDayRepository days;
    private final CalendarDays cached;
    private final ApplicationEventPublisher events;

    CalendarAdmin(CalendarDayRepository days, CalendarDays cached, ApplicationEventPublisher events) {
        this.cached = cached;
        this.days = days;
        this.events = events;
    }

    /** The year's entries in date order. */
    @Transactional(readOnly = true)
    public List<CalendarEntry> entries(int year) {
        return days.findBetween(first(year), last(year)).stream()
                .map(CalendarDay::view)
                .toList();
    }

    /**
     * Adds an entry to {@code year}. Returns the problems by field ({@code date}, {@code kind},
     * {@code name}, {@code nameEn}, {@code notice}), empty when it was added.
     */
    @Transactional
    public List<ImportProblem> add(int year, CalendarEntryInput input, UUID actorId) {
        List<ImportProblem> problems = CalendarFile.check(0, year, input);
        if (!problems.isEmpty()) {
            return problems;
        }
        CalendarFile.CheckedEntry entry = CalendarFile.toEntry(input);
        if (days.existsById(entry.day())) {
            return List.of(new ImportProblem(0, "date", "calendar.problem.duplicate", entry.day()));
        }
        cached.changed();
        days.save(new CalendarDay(entry.day(), entry.kind(), entry.name(), entry.nameEn(), entry.noticeUrl()));
        events.publishEvent(new CalendarDayAdded(entry.day(), entry.kind(), actorId));
        return List.of();
    }

    /** Removes an entry as the admin saw it; removed or changed meanwhile is a conflict. */
    @Transactional
    public void remove(LocalDate day, long expectedVersion, UUID actorId) {
        CalendarDay found = days.findById(day)
                .filter(entry -> entry.version() == expectedVersion)
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(CalendarDay.class, day));
        cached.changed();
        days.delete(found);
        events.publishEvent(new CalendarDayRemoved(day, found.kind(), actorId));
    }

    /**
     * Replaces the year's entries with those of the file, all or nothing: when any row is wrong
     * nothing changes and every problem is returned with its row.
     */
    @Transactional
    public ImportOutcome importYear(int year, String text, UUID actorId) {
        CalendarFile.Parsed parsed = CalendarFile.parse(year, text);
        if (!parsed.ok()) {
            return new ImportOutcome(0, 0, parsed.problems());
        }
        cached.changed();
        int replaced = days.deleteBetween(first(year), last(year));
        for (CalendarFile.CheckedEntry entry : parsed.entries()) {
            days.save(new CalendarDay(entry.day(), entry.kind(), entry.name(), entry.nameEn(), entry.noticeUrl()));
        }
        events.publishEvent(new CalendarYearImported(year, parsed.entries().size(), replaced, actorId));
        return new ImportOutcome(parsed.entries().size(), replaced, List.of());
    }

    /** What an import did: entries imported and replaced, or the problems that stopped it. */
    public record ImportOutcome(int imported, int replaced, List<ImportProblem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private static LocalDate first(int year) {
        return LocalDate.of(year, 1, 1);
    }

    private static LocalDate last(int year) {
        return LocalDate.of(year, 12, 31);
    }
}
