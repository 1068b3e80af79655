package com.icpportal.province;

import java.util.List;

/** A settings change refused because of what was entered; each problem names its field. */
public class InvalidSettingException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidSettingException(List<FieldProblem> problems) {
        super("invalid setting: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
