package com.icpportal.generator;

import java.util.List;

/** A table and the columns that a generated row fills, in the order of the row's values. */
record Table(String name, List<String> columns) {

    Table {
        columns = List.copyOf(columns);
    }

    Table(String name, String... columns) {
        this(name, List.of(columns));
    }

    String copyStatement() {
        return "copy " + name + " (" + String.join(", ", columns) + ") from stdin with (format csv)";
    }
}
