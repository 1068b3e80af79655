package com.icpportal.changeorder;

import java.util.Objects;

/**
 * One row of filed against proposed values: its section, its field key (for reasons), its label,
 * both values in words, and whether they differ.
 */
public record AnswerRow(
        Section section, String fieldKey, String labelKey, String current, String proposed, boolean editable) {

    public boolean changed() {
        return !Objects.equals(current, proposed);
    }
}
