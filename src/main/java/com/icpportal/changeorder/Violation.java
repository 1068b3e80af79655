package com.icpportal.changeorder;

import java.util.Arrays;
import java.util.List;

/**
 * One rule a proposal breaks: the field it is about (see {@link FieldKeys}) and a message key with
 * its arguments, which the page says in the user's language beside that field.
 */
public record Violation(String fieldKey, String messageKey, List<Object> arguments) {

    public Violation(String fieldKey, String messageKey, Object... arguments) {
        this(fieldKey, messageKey, Arrays.asList(arguments));
    }

    /** A violation about the whole order rather than one field. */
    public static Violation general(String messageKey) {
        return new Violation(FieldKeys.GENERAL, messageKey);
    }

    public Violation {
        if (!FieldKeys.isValid(fieldKey)) {
            throw new IllegalArgumentException("not a field key: " + fieldKey);
        }
        arguments = List.copyOf(arguments);
    }
}
