package com.icpportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** A deadline is said with its weekday and date in the reader's language, in China's time, whatever the server's zone. */
class PortalTimesDeadlineTest {

    final PortalTimes times = new PortalTimes(Clock.system(ZoneId.of("Asia/Shanghai")));

    @Test
    void weekdayDateAndTimeInChinaTimeInEitherLanguage() {
        // 01:00 UTC on Friday 4 December 2026 is 09:00 in Beijing
        Instant due = Instant.parse("2026-12-04T01:00:00Z");
        assertThat(times.deadline(due, Locale.ENGLISH)).isEqualTo("Friday, December 4, 2026 09:00");
        assertThat(times.deadline(due, Locale.SIMPLIFIED_CHINESE)).isEqualTo("2026年12月4日星期五 09:00");
        assertThat(times.deadline(null, Locale.ENGLISH)).isEmpty();
    }
}
