package com.icpportal.calendar;

import java.time.LocalDate;
import java.util.Locale;

import com.icpportal.shared.Languages;

/**
 * An entry of the calendar table as the admin pages show it.
 *
 * @param name      the name as published (usually Chinese)
 * @param nameEn    the English name, null when none was given
 * @param noticeUrl the official notice, null when none was given
 */
public record CalendarEntry(LocalDate day, DayKind kind, String name, String nameEn, String noticeUrl, long version) {

    /** The English name for English readers when there is one, else the published name. */
    public String nameIn(Locale locale) {
        return nameEn != null && !Languages.closest(locale).equals(Languages.CHINESE) ? nameEn : name;
    }
}
