package com.icpportal.calendar;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Working hours, in the zone of the portal's clock. A working day's hours are
 * {@code [opens, closes)}: a task arriving at {@code closes} counts from the next working day.
 *
 * @param opens  when the working day starts, 09:00 unless set
 * @param closes when it ends, 18:00 unless set; after {@code opens}
 */
@ConfigurationProperties("portal.calendar")
public record CalendarSettings(LocalTime opens, LocalTime closes) {

    public CalendarSettings {
        opens = opens == null ? LocalTime.of(9, 0) : opens;
        closes = closes == null ? LocalTime.of(18, 0) : closes;
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException(
                    "portal.calendar.opens (" + opens + ") must be before portal.calendar.closes (" + closes + ")");
        }
    }
}
