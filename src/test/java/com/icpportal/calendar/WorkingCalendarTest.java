package com.icpportal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icpportal.support.PortalTest;

/** The calendar on the seeded 2025/2026 table (V5) in the real database. */
@PortalTest
class WorkingCalendarTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSeededDaysTheseExpectationsRestOn() {
        Map<LocalDate, String> rows = jdbc.queryForList("""
                select day, kind from calendar_day
                 where day between date '2025-12-31' and date '2026-01-13'
                    or day between date '2026-02-09' and date '2026-03-01'""").stream()
                .collect(Collectors.toMap(
                        row -> ((java.sql.Date) row.get("day")).toLocalDate(), row -> (String) row.get("kind")));
        assertThat(rows)
                .containsOnly(
                        Map.entry(LocalDate.of(2026, 1, 1), "HOLIDAY"),
                        Map.entry(LocalDate.of(2026, 1, 2), "HOLIDAY"),
                        Map.entry(LocalDate.of(2026, 1, 3), "HOLIDAY"),
                        Map.entry(LocalDate.of(2026, 1, 4), "WORKDAY"),
                        Map.entry(LocalDate.of(2026, 2, 14), "WORKDAY"),
                        Map.entry(LocalDate.of(2026, 2, 15), "HOLIDAY"),
                        Map.entry(LocalDate.of(2026, 2, 16), "HOLIDAY"),
                        Map.entry(LocalDate.of(2026, 2, 17), "HOLIDAY"),
                        Map.entry(LocalDate.of(2026, 2, 18), "HOLIDAY"),
                        Map.entry(LocalDate.of(2026, 2, 19), "HOLIDAY"),
                        Map.entry(LocalDate.of(2026, 2, 20), "HOLIDAY"),
                        Map.entry(LocalDate.of(2026, 2, 21), "HOLIDAY"),
                        Map.entry(LocalDate.of(2026, 2, 22), "HOLIDAY"),
                        Map.entry(LocalDate.of(2026, 2, 23), "HOLIDAY"),
                        Map.entry(LocalDate.of(2026, 2, 28), "WORKDAY"));
    }

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({
        "2026-01-09T16:00, 1, 2026-01-12T16:00", // Friday afternoon to Monday afternoon
        "2026-01-10T22:00, 1, 2026-01-13T09:00", // Saturday night: from Monday's opening
        "2026-02-13T10:00, 1, 2026-02-14T10:00", // onto the Saturday worked before the Spring Festival
        "2026-02-14T10:00, 1, 2026-02-24T10:00", // over the Spring Festival, 15-23 February
        "2026-02-18T10:00, 1, 2026-02-25T09:00", // during the Spring Festival
        "2026-02-27T11:00, 1, 2026-02-28T11:00", // onto the Saturday worked after it
        "2025-12-31T15:00, 1, 2026-01-04T15:00", // over New Year (1-3 January) onto the worked Sunday
        "2026-09-30T10:00, 1, 2026-10-08T10:00", // over National Day, 1-7 October
        "2026-02-02T10:00, 20, 2026-03-06T10:00", // the longest administration review
        "2026-01-10T22:00, 0, 2026-01-12T09:00"
    })
    void deadlines(LocalDateTime start, int workdays, LocalDateTime deadline) {
        assertThat(calendar.deadline(shanghai(start), workdays)).isEqualTo(shanghai(deadline));
    }

    @Test
    void negativeWorkdaysAreRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> calendar.deadline(shanghai(LocalDateTime.of(2026, 1, 9, 16, 0)), -1));
    }

    @Test
    void workingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16)))
                .as("Monday in the Spring Festival")
                .isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 21)))
                .as("Saturday in the Spring Festival")
                .isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14)))
                .as("worked Saturday")
                .isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 4)))
                .as("worked Sunday")
                .isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 10)))
                .as("ordinary Saturday")
                .isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 11)))
                .as("ordinary Sunday")
                .isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 12)))
                .as("ordinary Monday")
                .isTrue();
    }

    @Test
    void nextWorkingDay() {
        assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 1, 9))).isEqualTo(LocalDate.of(2026, 1, 12));
        assertThat(calendar.nextWorkingDay(LocalDate.of(2025, 12, 31))).isEqualTo(LocalDate.of(2026, 1, 4));
        assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 2, 27))).isEqualTo(LocalDate.of(2026, 2, 28));
        // nine days off: longer than the first week loaded, so the calendar loads more
        assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 2, 14))).isEqualTo(LocalDate.of(2026, 2, 24));
    }

    @Test
    void workingDaysBetweenOverTheSpringFestival() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 23)))
                .isZero();
        // 9-13 February, Saturday 14, 24-27 February, Saturday 28
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 9), LocalDate.of(2026, 3, 2)))
                .isEqualTo(11);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 9), LocalDate.of(2026, 2, 9)))
                .isZero();
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 2, 9)))
                .isZero();
    }

    @Test
    void workingTimeBetween() {
        assertThat(calendar.workingTimeBetween(shanghai(2026, 1, 8, 17, 0), shanghai(2026, 1, 9, 10, 30)))
                .as("over a night")
                .isEqualTo(Duration.ofMinutes(150));
        assertThat(calendar.workingTimeBetween(shanghai(2026, 1, 9, 17, 30), shanghai(2026, 1, 12, 9, 45)))
                .as("over a weekend")
                .isEqualTo(Duration.ofMinutes(75));
        assertThat(calendar.workingTimeBetween(shanghai(2026, 2, 13, 17, 0), shanghai(2026, 2, 24, 10, 0)))
                .as("over the Spring Festival, with the worked Saturday")
                .isEqualTo(Duration.ofHours(11));
        assertThat(calendar.workingTimeBetween(shanghai(2026, 1, 10, 9, 0), shanghai(2026, 1, 11, 18, 0)))
                .as("only a weekend")
                .isZero();
        assertThat(calendar.workingTimeBetween(shanghai(2026, 1, 12, 10, 0), shanghai(2026, 1, 9, 10, 0)))
                .as("backwards")
                .isZero();
    }

    @Test
    void theZoneIsTheClocks() {
        assertThat(calendar.zone()).isEqualTo(SHANGHAI);
    }

    static Instant shanghai(LocalDateTime time) {
        return time.atZone(SHANGHAI).toInstant();
    }

    static Instant shanghai(int year, int month, int day, int hour, int minute) {
        return shanghai(LocalDateTime.of(year, month, day, hour, minute));
    }

    @Test
    void aDayAddedElsewhereCountsAtTheNextQuestion() {
        LocalDate monday = LocalDate.of(2041, 3, 4);
        assertThat(calendar.isWorkingDay(monday)).isTrue();
        // as another node (or psql) would: straight to the table, past this node's memory
        jdbc.update(
                "insert into calendar_day (day, kind, name_zh, name_en) values (?, 'HOLIDAY', '测试', 'Test')", monday);
        try {
            assertThat(calendar.isWorkingDay(monday)).isFalse();
        } finally {
            jdbc.update("delete from calendar_day where day = ?", monday);
        }
        assertThat(calendar.isWorkingDay(monday)).isTrue();
    }
}
