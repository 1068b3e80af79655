package com.icpportal.shared;

import java.util.Locale;

/** A name kept in both languages as data (provinces, service types, ...). */
public record LocalizedName(String english, String chinese) {

    public String in(Locale locale) {
        return Languages.closest(locale).equals(Languages.CHINESE) ? chinese : english;
    }
}
