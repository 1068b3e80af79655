package com.icpportal.calendar;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.icpportal.shared.CsvText;
import com.icpportal.shared.ImportProblem;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a year of the calendar from a file and checks every entry: the JSON of the public
 * holiday-cn data ({@code {"year":2027,"days":[{"name":"元旦","date":"2027-01-01","isOffDay":true}]}})
 * or CSV with the header {@code date,kind,name,notice}. Which one is told by the content, not the
 * file name. Rows are counted from 1 (the header of a CSV file is not a row).
 */
final class CalendarFile {

    static final String CSV_HEADER = "date,kind,name,notice";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int NAME_MAX = 64;
    private static final int NAME_EN_MAX = 128;
    private static final int NOTICE_MAX = 500;

    /** The checked entries, or every problem found; never both. */
    record Parsed(List<CheckedEntry> entries, List<ImportProblem> problems) {

        boolean ok() {
            return problems.isEmpty();
        }
    }

    record CheckedEntry(LocalDate day, DayKind kind, String name, String nameEn, String noticeUrl) {}

    private CalendarFile() {}

    static Parsed parse(int year, String text) {
        String start = text.stripLeading();
        List<CalendarEntryInput> inputs = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        if (start.startsWith("{") || start.startsWith("[")) {
            readJson(year, start, inputs, problems);
        } else {
            readCsv(text, inputs, problems);
        }
        if (!problems.isEmpty()) {
            return new Parsed(List.of(), problems);
        }
        if (inputs.isEmpty()) {
            return new Parsed(List.of(), List.of(new ImportProblem(0, null, "calendar.import.noRows")));
        }
        return checkAll(year, inputs);
    }

    /** Checks every entry of a year, and that no date appears twice. */
    static Parsed checkAll(int year, List<CalendarEntryInput> inputs) {
        List<CheckedEntry> entries = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        Map<LocalDate, Integer> seen = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            int row = i + 1;
            List<ImportProblem> rowProblems = check(row, year, inputs.get(i));
            if (rowProblems.isEmpty()) {
                CheckedEntry entry = toEntry(inputs.get(i));
                Integer earlier = seen.putIfAbsent(entry.day(), row);
                if (earlier != null) {
                    problems.add(
                            new ImportProblem(row, "date", "calendar.problem.duplicateInFile", entry.day(), earlier));
                } else {
                    entries.add(entry);
                }
            }
            problems.addAll(rowProblems);
        }
        return problems.isEmpty() ? new Parsed(entries, List.of()) : new Parsed(List.of(), problems);
    }

    /** The problems of one entry (row 0 for an entry typed into the form); empty when it is fine. */
    static List<ImportProblem> check(int row, int year, CalendarEntryInput input) {
        List<ImportProblem> problems = new ArrayList<>();
        LocalDate day = null;
        if (blank(input.date())) {
            problems.add(new ImportProblem(row, "date", "calendar.problem.dateMissing"));
        } else {
            try {
                day = LocalDate.parse(input.date().strip());
                if (day.getYear() != year) {
                    problems.add(new ImportProblem(
                            row,
                            "date",
                            "calendar.problem.otherYear",
                            input.date().strip(),
                            String.valueOf(year)));
                    day = null;
                }
            } catch (DateTimeParseException e) {
                problems.add(new ImportProblem(
                        row, "date", "calendar.problem.dateFormat", input.date().strip()));
            }
        }
        DayKind kind = kind(input.kind());
        if (kind == null) {
            problems.add(new ImportProblem(
                    row,
                    "kind",
                    blank(input.kind()) ? "calendar.problem.kindMissing" : "calendar.problem.kindUnknown",
                    blank(input.kind()) ? "" : input.kind().strip()));
        } else if (kind == DayKind.WORKDAY
                && day != null
                && day.getDayOfWeek() != DayOfWeek.SATURDAY
                && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
            problems.add(new ImportProblem(row, "kind", "calendar.problem.workdayOnWeekday", day));
        }
        if (blank(input.name())) {
            problems.add(new ImportProblem(row, "name", "calendar.problem.nameMissing"));
        } else if (input.name().strip().length() > NAME_MAX) {
            problems.add(new ImportProblem(row, "name", "calendar.problem.tooLong", NAME_MAX));
        }
        if (!blank(input.nameEn()) && input.nameEn().strip().length() > NAME_EN_MAX) {
            problems.add(new ImportProblem(row, "nameEn", "calendar.problem.tooLong", NAME_EN_MAX));
        }
        if (!blank(input.notice()) && !isWebLink(input.notice().strip())) {
            problems.add(new ImportProblem(row, "notice", "calendar.problem.notice"));
        }
        return problems;
    }

    static CheckedEntry toEntry(CalendarEntryInput input) {
        return new CheckedEntry(
                LocalDate.parse(input.date().strip()),
                kind(input.kind()),
                input.name().strip(),
                blank(input.nameEn()) ? null : input.nameEn().strip(),
                blank(input.notice()) ? null : input.notice().strip());
    }

    private static void readJson(int year, String text, List<CalendarEntryInput> inputs, List<ImportProblem> problems) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            problems.add(new ImportProblem(0, null, "calendar.import.jsonInvalid"));
            return;
        }
        if (root == null || !root.isObject() || !root.path("days").isArray()) {
            problems.add(new ImportProblem(0, null, "calendar.import.jsonShape"));
            return;
        }
        JsonNode declared = root.get("year");
        if (declared != null && !(declared.isNumber() && declared.asInt() == year)) {
            problems.add(
                    new ImportProblem(0, null, "calendar.import.jsonYear", declared.asString(), String.valueOf(year)));
            return;
        }
        int row = 0;
        for (JsonNode day : root.path("days")) {
            row++;
            if (!day.isObject()) {
                problems.add(new ImportProblem(row, null, "calendar.import.jsonDay"));
                continue;
            }
            JsonNode off = day.get("isOffDay");
            String kind = off == null || !off.isBoolean()
                    ? text(day.get("isOffDay"))
                    : off.asBoolean() ? DayKind.HOLIDAY.name() : DayKind.WORKDAY.name();
            inputs.add(new CalendarEntryInput(
                    text(day.get("date")), kind, text(day.get("name")), null, text(day.get("notice"))));
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.isValueNode() ? node.asString() : node.toString();
    }

    private static void readCsv(String text, List<CalendarEntryInput> inputs, List<ImportProblem> problems) {
        List<CsvText.Row> rows;
        try {
            rows = CsvText.parse(text);
        } catch (CsvText.MalformedCsvException e) {
            problems.add(new ImportProblem(0, null, "import.problem.unclosedQuote", e.line()));
            return;
        }
        if (rows.isEmpty() || !header(rows.get(0)).equals(CSV_HEADER)) {
            problems.add(new ImportProblem(0, null, "calendar.import.csvHeader", CSV_HEADER));
            return;
        }
        for (CsvText.Row row : rows.subList(1, rows.size())) {
            inputs.add(new CalendarEntryInput(row.field(0), row.field(1), row.field(2), null, row.field(3)));
        }
    }

    private static String header(CsvText.Row row) {
        return String.join(
                ",",
                row.fields().stream()
                        .map(field -> field.strip().toLowerCase(Locale.ROOT))
                        .toList());
    }

    private static DayKind kind(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return DayKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean isWebLink(String value) {
        if (value.length() > NOTICE_MAX) {
            return false;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            return scheme != null
                    && (scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
