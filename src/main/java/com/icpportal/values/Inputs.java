package com.icpportal.values;

import java.util.function.Function;

/** Shared first step of every {@code parse}: reject missing input and strip the blanks around it. */
final class Inputs {

    private Inputs() {}

    /**
     * Strips leading and trailing blanks, including the no-break and ideographic spaces that come along when a value
     * is copied from a web page or typed with a Chinese input method; {@code String.strip()} misses the no-break ones.
     */
    static String strip(String input, String type) {
        if (input == null) {
            throw empty(type);
        }
        int start = 0;
        int end = input.length();
        while (start < end && isBlank(input.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(input.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            throw empty(type);
        }
        return input.substring(start, end);
    }

    /** Whether {@code parse} accepts the input: the {@code isValid} of every value type. */
    static boolean parses(String input, Function<String, ?> parse) {
        try {
            parse.apply(input);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    static InvalidValueException fail(String type, String problem, String detail, Object... arguments) {
        return new InvalidValueException("value." + type + "." + problem, detail, arguments);
    }

    /** Keeps a few characters at each end, so logs can tell values apart without holding them. */
    static String mask(String value, int head, int tail) {
        return value.substring(0, head)
                + "*".repeat(value.length() - head - tail)
                + value.substring(value.length() - tail);
    }

    private static InvalidValueException empty(String type) {
        return fail(type, "empty", type + " is missing or blank");
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
