package com.icpportal.province;

import java.util.Arrays;
import java.util.List;

/** Something wrong with what an admin entered: the form field, a message key and its arguments. */
public record FieldProblem(String field, String messageKey, List<Object> arguments) {

    public FieldProblem(String field, String messageKey, Object... arguments) {
        this(field, messageKey, Arrays.asList(arguments));
    }
}
