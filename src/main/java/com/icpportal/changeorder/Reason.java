package com.icpportal.changeorder;

import jakarta.persistence.Embeddable;

/**
 * Why an order was returned or rejected, about one field: what is wrong and what to do.
 *
 * @param fieldKey   see {@link FieldKeys}
 * @param problem    in the reviewer's (or the administration's) words
 * @param suggestion what the applicant should do; may be null
 * @param messageKey for a reason the portal writes itself (e.g. the SMS deadline passed): the message
 *                   key pages show in the reader's language; {@code problem} then keeps the English
 *                   text for the trail. Null for a reason in a person's words.
 */
@Embeddable
public record Reason(String fieldKey, String problem, String suggestion, String messageKey) {

    public Reason(String fieldKey, String problem, String suggestion) {
        this(fieldKey, problem, suggestion, null);
    }

    public Reason {
        if (!FieldKeys.isValid(fieldKey)) {
            throw new IllegalArgumentException("not a field key: " + fieldKey);
        }
        if (problem == null || problem.isBlank()) {
            throw new IllegalArgumentException("a reason needs a problem");
        }
        problem = problem.strip();
        suggestion = suggestion == null || suggestion.isBlank() ? null : suggestion.strip();
        messageKey = messageKey == null || messageKey.isBlank() ? null : messageKey;
    }

    public static Reason general(String problem) {
        return new Reason(FieldKeys.GENERAL, problem, null);
    }

    /** A reason about the whole order that the portal states itself, shown in the reader's language. */
    public static Reason generalMessage(String messageKey, String englishText) {
        return new Reason(FieldKeys.GENERAL, englishText, null, messageKey);
    }
}
