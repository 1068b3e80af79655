package com.icpportal.province;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.icpportal.province.AdministrativeDivision.Level;
import com.icpportal.shared.CsvText;
import com.icpportal.shared.ImportProblem;

/**
 * Reads a list of GB/T 2260 divisions, CSV with the header {@code code,name,parent} or
 * {@code code,name,parent,nameEn,abolished}, and checks every row against the file and the divisions
 * already kept. A row adds a division or changes one; {@code abolished} (empty, {@code yes} or the day
 * it was abolished, {@code 2025-11-01}) marks one abolished. Divisions the file does not list stay as
 * they are, so that the Ministry's list of changes can be imported as it is published. Rows are counted
 * from 1 (the header is not a row).
 */
final class DivisionFile {

    static final String SHORT_HEADER = "code,name,parent";
    static final String FULL_HEADER = "code,name,parent,nameEn,abolished";
    private static final int NAME_MAX = 64;
    private static final int NAME_EN_MAX = 128;
    private static final Set<String> YES = Set.of("yes", "true", "y", "是", "撤销");

    /** A checked row: the division as it will be. */
    record Row(
            String code,
            Level level,
            String parentCode,
            String name,
            String nameEn,
            boolean abolished,
            LocalDate abolishedOn) {}

    /** The checked rows, or every problem found; never both. */
    record Parsed(List<Row> rows, List<ImportProblem> problems) {

        boolean ok() {
            return problems.isEmpty();
        }
    }

    /** What the file is checked against: the divisions kept now, by code. */
    interface Known {
        AdministrativeDivision find(String code);
    }

    private DivisionFile() {}

    static Parsed parse(String text, Known known) {
        List<CsvText.Row> lines;
        try {
            lines = CsvText.parse(text);
        } catch (CsvText.MalformedCsvException e) {
            return failed(new ImportProblem(0, null, "import.problem.unclosedQuote", e.line()));
        }
        if (lines.isEmpty()) {
            return failed(new ImportProblem(0, null, "divisions.import.header", FULL_HEADER));
        }
        String header = header(lines.get(0));
        if (!header.equals(SHORT_HEADER) && !header.equals(FULL_HEADER.toLowerCase(Locale.ROOT))) {
            return failed(new ImportProblem(0, null, "divisions.import.header", FULL_HEADER));
        }
        List<CsvText.Row> data = lines.subList(1, lines.size()).stream()
                .filter(line -> line.fields().stream().anyMatch(field -> !field.isBlank()))
                .toList();
        if (data.isEmpty()) {
            return failed(new ImportProblem(0, null, "divisions.import.noRows"));
        }
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Integer> rowOfCode = new HashMap<>();
        Map<String, Boolean> abolishedInFile = new HashMap<>();
        List<String[]> typed = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            CsvText.Row line = data.get(i);
            String[] fields = {
                strip(line.field(0)),
                strip(line.field(1)),
                strip(line.field(2)),
                strip(line.field(3)),
                strip(line.field(4))
            };
            typed.add(fields);
            if (fields[0].matches("\\d{6}")) {
                Integer earlier = rowOfCode.putIfAbsent(fields[0], i + 1);
                if (earlier != null) {
                    problems.add(new ImportProblem(i + 1, "code", "divisions.problem.duplicate", fields[0], earlier));
                }
                abolishedInFile.put(fields[0], !fields[4].isEmpty());
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            Row row = check(i + 1, typed.get(i), known, abolishedInFile, problems);
            if (row != null) {
                rows.add(row);
            }
        }
        return problems.isEmpty() ? new Parsed(rows, List.of()) : new Parsed(List.of(), problems);
    }

    private static Row check(
            int row, String[] fields, Known known, Map<String, Boolean> abolishedInFile, List<ImportProblem> problems) {
        int before = problems.size();
        String code = fields[0];
        String name = fields[1];
        String parent = fields[2].isEmpty() ? null : fields[2];
        if (!code.matches("\\d{6}")) {
            problems.add(new ImportProblem(row, "code", "divisions.problem.code", code));
        } else if (code.endsWith("0000") != (parent == null)) {
            problems.add(new ImportProblem(row, "parent", "divisions.problem.provinceParent", code));
        }
        if (name.isEmpty()) {
            problems.add(new ImportProblem(row, "name", "divisions.problem.nameMissing"));
        } else if (name.length() > NAME_MAX) {
            problems.add(new ImportProblem(row, "name", "divisions.problem.tooLong", NAME_MAX));
        }
        if (fields[3].length() > NAME_EN_MAX) {
            problems.add(new ImportProblem(row, "nameEn", "divisions.problem.tooLong", NAME_EN_MAX));
        }
        boolean abolished = !fields[4].isEmpty();
        LocalDate abolishedOn = null;
        if (abolished && !YES.contains(fields[4].toLowerCase(Locale.ROOT))) {
            try {
                abolishedOn = LocalDate.parse(fields[4]);
            } catch (DateTimeParseException e) {
                problems.add(new ImportProblem(row, "abolished", "divisions.problem.abolished", fields[4]));
            }
        }
        if (parent != null && code.matches("\\d{6}")) {
            parent(row, code, parent, abolished, known, abolishedInFile, problems);
        }
        if (problems.size() > before) {
            return null;
        }
        Level level = parent == null ? Level.PROVINCE : code.endsWith("00") ? Level.CITY : Level.DISTRICT;
        AdministrativeDivision existing = known.find(code);
        String nameEn = !fields[3].isEmpty()
                ? fields[3]
                : existing != null ? existing.view().name().english() : name;
        return new Row(code, level, parent, name, nameEn, abolished, abolishedOn);
    }

    /** The parent must be a division of the file or of the table, current unless the row is abolished too. */
    private static void parent(
            int row,
            String code,
            String parent,
            boolean abolished,
            Known known,
            Map<String, Boolean> abolishedInFile,
            List<ImportProblem> problems) {
        if (!parent.matches("\\d{6}") || parent.equals(code)) {
            problems.add(new ImportProblem(row, "parent", "divisions.problem.parentCode", parent));
            return;
        }
        String prefix = parent.endsWith("0000") ? parent.substring(0, 2) : parent.substring(0, 4);
        if (!code.startsWith(prefix)) {
            problems.add(new ImportProblem(row, "parent", "divisions.problem.notUnderParent", code, parent));
            return;
        }
        Boolean parentAbolished = abolishedInFile.get(parent);
        if (parentAbolished == null) {
            AdministrativeDivision kept = known.find(parent);
            parentAbolished = kept == null ? null : kept.abolished();
        }
        if (parentAbolished == null) {
            problems.add(new ImportProblem(row, "parent", "divisions.problem.parentUnknown", parent));
        } else if (parentAbolished && !abolished) {
            problems.add(new ImportProblem(row, "parent", "divisions.problem.parentAbolished", parent));
        }
    }

    private static Parsed failed(ImportProblem problem) {
        return new Parsed(List.of(), List.of(problem));
    }

    private static String header(CsvText.Row row) {
        return String.join(
                ",",
                row.fields().stream()
                        .map(field -> field.strip().toLowerCase(Locale.ROOT))
                        .toList());
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
