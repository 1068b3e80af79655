package com.icpportal.web;

import java.text.DateFormat;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Date;
import java.util.Locale;

import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/**
 * The portal's message source, whose cached message formats do not build a number format on every
 * use. {@link MessageFormat} formats a number argument of a plain {@code {0}} with a new
 * {@code NumberFormat.getInstance(locale)} each time it formats: a page with a few numbers in its
 * texts spent 1.5% of its CPU building them. Here each plain argument of a format gets a
 * {@link PlainArgument} once, when Spring builds and caches the format, which keeps one number
 * format and otherwise does exactly what {@code MessageFormat} does for an argument without a format
 * (dates, strings, anything else). Arguments with their own format ({@code {0,number}},
 * {@code {0,choice,...}}) are left as they are. The texts come out the same
 * ({@code MessageSourceConfigurationTest}).
 */
class PlainArgumentMessages extends ReloadableResourceBundleMessageSource {

    @Override
    protected MessageFormat createMessageFormat(String msg, Locale locale) {
        MessageFormat format = super.createMessageFormat(msg, locale);
        Format[] formats = format.getFormats();
        for (int i = 0; i < formats.length; i++) {
            if (formats[i] == null) {
                format.setFormat(i, new PlainArgument(format.getLocale()));
            }
        }
        return format;
    }

    /**
     * What {@code MessageFormat} does with an argument that has no format of its own, with the number
     * format made once. Spring formats a cached message under the message format's lock; this one
     * also locks itself, since a number format may not be used by two threads at once.
     */
    static final class PlainArgument extends Format {

        private final Locale locale;
        private transient NumberFormat numbers;

        PlainArgument(Locale locale) {
            this.locale = locale;
        }

        @Override
        public synchronized StringBuffer format(Object argument, StringBuffer into, FieldPosition position) {
            if (argument instanceof Number) {
                if (numbers == null) {
                    numbers = NumberFormat.getInstance(locale);
                }
                return numbers.format(argument, into, position);
            }
            if (argument instanceof Date) {
                return DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT, locale)
                        .format(argument, into, position);
            }
            return into.append(argument instanceof String text ? text : String.valueOf(argument));
        }

        @Override
        public Object parseObject(String source, ParsePosition position) {
            throw new UnsupportedOperationException("messages are only formatted");
        }

        @Override
        public Object clone() {
            return new PlainArgument(locale);
        }
    }
}
