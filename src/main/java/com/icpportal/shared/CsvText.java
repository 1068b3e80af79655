package com.icpportal.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated text as people export it from a spreadsheet (RFC 4180): fields in double quotes
 * may hold commas, line breaks and doubled quotes; lines end in LF or CRLF; blank lines are skipped.
 * Used by the admin imports.
 */
public final class CsvText {

    private CsvText() {}

    /** One record and the line of the text on which it starts (1 for the first line). */
    public record Row(int line, List<String> fields) {

        /** The field at {@code index}, stripped; empty when the row is shorter. */
        public String field(int index) {
            return index < fields.size() ? fields.get(index).strip() : "";
        }
    }

    /** Thrown when a quoted field is never closed; {@link #line()} is where it opened. */
    public static final class MalformedCsvException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final int line;

        MalformedCsvException(int line) {
            super("Unterminated quoted field starting on line " + line);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    public static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        int quoteLine = 0;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
                quoteLine = line;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                addRow(rows, rowLine, fields);
                fields = new ArrayList<>();
                line++;
                rowLine = line;
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new MalformedCsvException(quoteLine);
        }
        fields.add(field.toString());
        addRow(rows, rowLine, fields);
        return rows;
    }

    private static void addRow(List<Row> rows, int line, List<String> fields) {
        boolean blank = fields.stream().allMatch(String::isBlank);
        if (!blank) {
            rows.add(new Row(line, List.copyOf(fields)));
        }
    }
}
