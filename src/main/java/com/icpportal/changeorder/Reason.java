package com.icpportal.changeorder;

import jakarta.persistence.Embeddable;

/**
 * Why an order was returned or rejected, about one field: what is wrong and what to do.
 *
 * @param fieldKey   see {@link FieldKeys}
 * @param problem    in the reviewer's (or the administration's) words
 * @param suggestion what the applicant should do; may be null
 */
@Embeddable
public record Reason(String fieldKey, String problem, String suggestion) {

    public Reason {
        if (!FieldKeys.isValid(fieldKey)) {
            throw new IllegalArgumentException("not a field key: " + fieldKey);
        }
        if (problem == null || problem.isBlank()) {
            throw new IllegalArgumentException("a reason needs a problem");
        }
        problem = problem.strip();
        suggestion = suggestion == null || suggestion.isBlank() ? null : suggestion.strip();
    }

    public static Reason general(String problem) {
        return new Reason(FieldKeys.GENERAL, problem, null);
    }
}
