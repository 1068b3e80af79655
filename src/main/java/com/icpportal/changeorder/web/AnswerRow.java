package com.icpportal.changeorder.web;

import java.util.Objects;

import com.icpportal.changeorder.Section;

/** One row of check answers: what is filed now, what is proposed, and whether they differ. */
public record AnswerRow(Section section, String labelKey, String current, String proposed, boolean editable) {

    public boolean changed() {
        return !Objects.equals(current, proposed);
    }
}
