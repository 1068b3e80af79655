package com.icpportal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.icpportal.support.ModuleTest;

/** The calendar module alone: a holiday row an admin adds moves a deadline past it. */
@ModuleTest
class CalendarModuleTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** A Wednesday of a year no other test touches. */
    static final LocalDate WEDNESDAY = LocalDate.of(2093, 3, 4);

    final WorkingCalendar calendar;
    final CalendarAdmin admin;

    CalendarModuleTest(WorkingCalendar calendar, CalendarAdmin admin) {
        this.calendar = calendar;
        this.admin = admin;
    }

    @AfterEach
    void removeTheHoliday() {
        admin.entries(WEDNESDAY.getYear()).stream()
                .filter(entry -> entry.day().equals(WEDNESDAY))
                .forEach(entry -> admin.remove(WEDNESDAY, entry.version(), null));
    }

    @Test
    void aHolidayAddedToTheTableMovesTheDeadlinePastIt() {
        Instant tuesdayTen = at(WEDNESDAY.minusDays(1));
        assertThat(calendar.deadline(tuesdayTen, 1)).isEqualTo(at(WEDNESDAY));

        assertThat(admin.add(
                        WEDNESDAY.getYear(),
                        new CalendarEntryInput(WEDNESDAY.toString(), "HOLIDAY", "模块测试假日", "Module test holiday", null),
                        null))
                .isEmpty();

        assertThat(calendar.isWorkingDay(WEDNESDAY)).isFalse();
        assertThat(calendar.deadline(tuesdayTen, 1)).isEqualTo(at(WEDNESDAY.plusDays(1)));
    }

    private static Instant at(LocalDate day) {
        return LocalDateTime.of(day, java.time.LocalTime.of(10, 0))
                .atZone(SHANGHAI)
                .toInstant();
    }
}
