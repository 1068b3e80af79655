package com.icpportal.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Times as pages show them: in China's time (the portal's zone), whatever the server's zone.
 * Templates call it as {@code ${@times.format(instant)}}.
 */
@Component("times")
public class PortalTimes {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ZoneId zone;

    PortalTimes(Clock clock) {
        this.zone = clock.getZone();
    }

    /**
     * A deadline as people say it, in China's time: the weekday and the date in the reader's
     * language (the JDK's CLDR full date, e.g. "Friday, December 4, 2026" or "2026年12月4日星期五")
     * and the time. The one way applicant and staff pages say "by when".
     */
    public String deadline(Instant instant, java.util.Locale locale) {
        if (instant == null) {
            return "";
        }
        var at = instant.atZone(zone);
        return DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.FULL)
                        .withLocale(locale)
                        .format(at)
                + " " + TIME.format(at);
    }

    public String format(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(zone));
    }
}
