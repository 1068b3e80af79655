package com.icpportal.values;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mainland China mobile number, held as its 11 digits (e.g. {@code 13812345678}). Input may start with
 * {@code +86} or {@code 86} and may separate digit groups with single spaces or hyphens.
 */
public record MobileNumber(String value) {

    private static final String TYPE = "mobileNumber";
    // When the whole input is 86 followed by 11 digits, the 86 is taken as the country code.
    private static final Pattern SHAPE = Pattern.compile("(?:\\+?86[ -]?)?([0-9]+(?:[ -][0-9]+)*)");
    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

    /** Validates and normalises like {@link #parse(String)}, so no invalid instance can exist. */
    public MobileNumber {
        value = check(value);
    }

    public static MobileNumber parse(String input) {
        return new MobileNumber(input);
    }

    public static boolean isValid(String input) {
        return Inputs.parses(input, MobileNumber::parse);
    }

    /** The number with the middle four digits hidden, e.g. {@code 138****5678}. */
    public String masked() {
        return Inputs.mask(value, 3, 4);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String check(String input) {
        String text = Inputs.strip(input, TYPE);
        Matcher m = SHAPE.matcher(text);
        String digits = m.matches() ? m.group(1).replaceAll("[ -]", "") : "";
        if (!MOBILE.matcher(digits).matches()) {
            // No number in the detail: exception messages end up in logs.
            throw Inputs.fail(TYPE, "format", "expected 11 digits 1[3-9]xxxxxxxxx, optionally after +86");
        }
        return digits;
    }
}
