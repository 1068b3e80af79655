package com.icpportal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules on a made-up June 2031 (Sunday the 1st to Monday the 30th): a holiday run from
 * Thursday 12 to Sunday 15, and Saturday 21 worked in exchange.
 */
class WorkingDaysTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalTime OPENS = LocalTime.of(9, 0);
    static final LocalTime CLOSES = LocalTime.of(18, 0);
    static final Set<LocalDate> HOLIDAYS = Set.of(june(12), june(13), june(14), june(15));
    static final Set<LocalDate> ADJUSTED_WORKDAYS = Set.of(june(21));

    final WorkingDays june = new WorkingDays(june(1), june(30), HOLIDAYS, ADJUSTED_WORKDAYS, OPENS, CLOSES, SHANGHAI);

    @ParameterizedTest(name = "June {0}: {1}")
    @CsvSource({
        "9, true", // Monday
        "11, true", // Wednesday before the holiday
        "6, true", // Friday
        "7, false", // Saturday
        "8, false", // Sunday
        "12, false", // Thursday in the holiday run
        "14, false", // Saturday in the holiday run
        "21, true", // Saturday worked in exchange
        "22, false" // the Sunday after it
    })
    void workingDays(int day, boolean working) {
        assertThat(june.isWorkingDay(june(day))).isEqualTo(working);
    }

    @ParameterizedTest(name = "after June {0}: June {1}")
    @CsvSource({"9, 10", "6, 9", "7, 9", "11, 16", "13, 16", "20, 21", "21, 23"})
    void nextWorkingDayIsStrictlyAfter(int day, int next) {
        assertThat(june.nextWorkingDay(june(day))).isEqualTo(june(next));
    }

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({
        "2031-06-06T16:00, 1, 2031-06-09T16:00", // Friday afternoon to Monday afternoon
        "2031-06-07T22:00, 1, 2031-06-10T09:00", // Saturday night: from Monday's opening
        "2031-06-10T08:00, 1, 2031-06-11T09:00", // before opening: from today's opening
        "2031-06-10T00:00, 1, 2031-06-11T09:00", // midnight is before opening too
        "2031-06-10T09:00, 1, 2031-06-11T09:00", // opening is inside working hours
        "2031-06-10T17:59, 1, 2031-06-11T17:59",
        "2031-06-10T17:59:59.999999999, 1, 2031-06-11T17:59:59.999999999",
        "2031-06-09T18:00, 1, 2031-06-11T09:00", // closing is outside: the working day after next
        "2031-06-09T23:30, 1, 2031-06-11T09:00",
        "2031-06-11T10:00, 1, 2031-06-16T10:00", // over the holiday run
        "2031-06-12T10:00, 1, 2031-06-17T09:00", // inside the holiday run
        "2031-06-14T10:00, 1, 2031-06-17T09:00", // on a weekend day of the holiday run
        "2031-06-20T11:00, 1, 2031-06-21T11:00", // onto the worked Saturday
        "2031-06-21T11:00, 1, 2031-06-23T11:00", // from the worked Saturday
        "2031-06-09T10:00, 5, 2031-06-18T10:00", // 10, 11, 16, 17, 18
        "2031-06-10T10:00, 0, 2031-06-10T10:00", // nothing to add, nothing to move
        "2031-06-07T22:00, 0, 2031-06-09T09:00", // zero still moves into working hours
        "2031-06-10T08:00, 0, 2031-06-10T09:00",
        "2031-06-21T20:00, 0, 2031-06-23T09:00"
    })
    void deadlines(LocalDateTime start, int workdays, LocalDateTime deadline) {
        assertThat(june.deadline(shanghai(start), workdays)).isEqualTo(shanghai(deadline));
    }

    @Test
    void negativeWorkdaysAreRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> june.deadline(shanghai(LocalDateTime.of(2031, 6, 10, 10, 0)), -1))
                .withMessageContaining("-1");
    }

    @Test
    void workingDaysBetweenCountsFromInclusiveToExclusive() {
        assertThat(june.workingDaysBetween(june(9), june(16))).isEqualTo(3);
        assertThat(june.workingDaysBetween(june(12), june(16))).isZero();
        assertThat(june.workingDaysBetween(june(16), june(23))).isEqualTo(6); // the worked Saturday counts
        assertThat(june.workingDaysBetween(june(1), june(30))).isEqualTo(19);
        assertThat(june.workingDaysBetween(june(16), june(16))).isZero();
        assertThat(june.workingDaysBetween(june(20), june(10))).isZero();
    }

    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource({
        "2031-06-10T10:00, 2031-06-10T13:30, PT3H30M", // within one day
        "2031-06-10T07:00, 2031-06-10T19:00, PT9H", // a whole working day
        "2031-06-10T17:00, 2031-06-11T10:00, PT2H", // over a night
        "2031-06-06T17:00, 2031-06-09T09:30, PT1H30M", // over a weekend
        "2031-06-11T17:00, 2031-06-16T10:00, PT2H", // over the holiday run
        "2031-06-20T17:00, 2031-06-23T09:00, PT10H", // the worked Saturday counts whole
        "2031-06-07T10:00, 2031-06-08T20:00, PT0S", // only a weekend
        "2031-06-10T18:00, 2031-06-11T09:00, PT0S", // closing to opening
        "2031-06-10T10:00, 2031-06-10T10:00, PT0S", // no span
        "2031-06-11T10:00, 2031-06-10T10:00, PT0S" // a negative span
    })
    void workingTimeBetween(LocalDateTime from, LocalDateTime to, Duration working) {
        assertThat(june.workingTimeBetween(shanghai(from), shanghai(to))).isEqualTo(working);
    }

    @Test
    void daysOutsideTheLoadedTableAreNotGuessed() {
        assertThatThrownBy(() -> june.isWorkingDay(LocalDate.of(2031, 7, 1)))
                .isInstanceOfSatisfying(
                        WorkingDays.BeyondKnownDays.class,
                        e -> assertThat(e.day()).isEqualTo(LocalDate.of(2031, 7, 1)));
        assertThatThrownBy(() -> june.isWorkingDay(LocalDate.of(2031, 5, 31)))
                .isInstanceOf(WorkingDays.BeyondKnownDays.class);
        // Friday 27 + 2 ends on Tuesday 1 July, whose row was never loaded
        assertThatThrownBy(() -> june.deadline(shanghai(LocalDateTime.of(2031, 6, 27, 10, 0)), 2))
                .isInstanceOfSatisfying(
                        WorkingDays.BeyondKnownDays.class,
                        e -> assertThat(e.day()).isEqualTo(LocalDate.of(2031, 7, 1)));
    }

    @Test
    void theZoneDecidesTheDay() {
        // 16:00 on Friday in Shanghai is 08:00 UTC: the deadline keeps Shanghai's time of day
        assertThat(june.deadline(Instant.parse("2031-06-06T08:00:00Z"), 1))
                .isEqualTo(Instant.parse("2031-06-09T08:00:00Z"));
        // 02:00 UTC on Saturday is already 10:00 on Saturday in Shanghai: a day off
        assertThat(june.deadline(Instant.parse("2031-06-07T02:00:00Z"), 0))
                .isEqualTo(Instant.parse("2031-06-09T01:00:00Z"));
    }

    @Test
    void refusesAnInconsistentSetUp() {
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> new WorkingDays(june(1), june(30), HOLIDAYS, ADJUSTED_WORKDAYS, CLOSES, OPENS, SHANGHAI));
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> new WorkingDays(june(1), june(30), HOLIDAYS, ADJUSTED_WORKDAYS, OPENS, OPENS, SHANGHAI));
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> new WorkingDays(june(1), june(30), HOLIDAYS, Set.of(june(12)), OPENS, CLOSES, SHANGHAI));
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> new WorkingDays(june(30), june(1), HOLIDAYS, ADJUSTED_WORKDAYS, OPENS, CLOSES, SHANGHAI));
    }

    static LocalDate june(int day) {
        return LocalDate.of(2031, 6, day);
    }

    static Instant shanghai(LocalDateTime time) {
        return time.atZone(SHANGHAI).toInstant();
    }
}
