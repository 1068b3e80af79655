package com.icpportal.generator;

/**
 * Rows in PostgreSQL's CSV format for {@code COPY … (format csv)}: a null is an empty unquoted
 * field, an empty string is {@code ""}, and a field holding a comma, quote or line break is quoted.
 */
final class Csv {

    private Csv() {}

    /** Appends the values as one line, ending in a line feed. */
    static void append(StringBuilder out, Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            field(out, values[i]);
        }
        out.append('\n');
    }

    static String line(Object... values) {
        StringBuilder out = new StringBuilder();
        append(out, values);
        return out.toString();
    }

    private static void field(StringBuilder out, Object value) {
        if (value == null) {
            return;
        }
        String text = value.toString();
        if (!text.isEmpty() && text.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
            out.append(text);
            return;
        }
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        out.append('"');
    }
}
