package com.icpportal.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import com.icpportal.shared.ReferenceVersions;

/**
 * The calendar table (about 36 rows a year) in memory, with the version it was read at: reloaded
 * when {@link ReferenceVersions} says it changed (on any node), so that deadlines, due labels and
 * the coverage checks read no calendar rows while nothing changed.
 */
@Component
class CalendarDays {

    /** The row of {@code reference_data_version} that every change of {@code calendar_day} moves on. */
    static final String VERSION = "calendar";

    private final CalendarDayRepository days;
    private final ReferenceVersions versions;

    private volatile Loaded loaded;

    private record Loaded(long version, NavigableMap<LocalDate, DayKind> days) {}

    CalendarDays(CalendarDayRepository days, ReferenceVersions versions) {
        this.days = days;
        this.versions = versions;
    }

    /** Every day of the table with its kind, in date order (read-only). */
    NavigableMap<LocalDate, DayKind> all() {
        if (!versions.mayKeep()) {
            // a read-write transaction (a calendar change moving deadlines) reads its own changes
            return read();
        }
        long version = versions.of(VERSION);
        Loaded known = loaded;
        if (known != null && known.version() == version) {
            return known.days();
        }
        // read after the version: at worst newer rows under an older version, reloaded at the next use
        Loaded fresh = new Loaded(version, read());
        loaded = fresh;
        return fresh.days();
    }

    private NavigableMap<LocalDate, DayKind> read() {
        NavigableMap<LocalDate, DayKind> read = new TreeMap<>();
        for (CalendarDay day : days.findAllInOrder()) {
            read.put(day.day(), day.kind());
        }
        return Collections.unmodifiableNavigableMap(read);
    }

    /** The days from {@code first} to {@code last}, both included. */
    NavigableMap<LocalDate, DayKind> between(LocalDate first, LocalDate last) {
        return all().subMap(first, true, last, true);
    }

    /** This request changed the table: the rest of it reads the version again after the change's transaction. */
    void changed() {
        versions.changed();
    }
}
