package com.icpportal.shared;

import java.util.List;
import java.util.Locale;

/** The portal's two languages: English and Simplified Chinese. */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, CHINESE);

    private Languages() {}

    /** The supported language closest to the one asked for: any Chinese is Simplified Chinese, anything else English. */
    public static Locale closest(Locale requested) {
        if (requested != null && "zh".equals(requested.getLanguage())) {
            return CHINESE;
        }
        return ENGLISH;
    }

    /** The tag kept on an account and in links: {@code en} or {@code zh-CN}. */
    public static String tag(Locale locale) {
        return closest(locale).toLanguageTag();
    }
}
