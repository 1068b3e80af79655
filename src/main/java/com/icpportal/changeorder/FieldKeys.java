package com.icpportal.changeorder;

import java.util.regex.Pattern;

/**
 * The one vocabulary every reason (return, rejection, validation) uses to name what it is about:
 * a form field path of the proposal ({@code principal.mobile}, {@code domains[1].name},
 * {@code website.name}), a document kind ({@code document:ID_CARD_FRONT}), or {@code general}
 * for the whole order. Pages place a reason beside the field with that key.
 */
public final class FieldKeys {

    public static final String GENERAL = "general";
    public static final String DOCUMENT_PREFIX = "document:";

    private static final Pattern PATH =
            Pattern.compile("[a-z][A-Za-z]*(\\[\\d{1,3}])?(\\.[a-z][A-Za-z]*(\\[\\d{1,3}])?)*");
    private static final Pattern DOCUMENT = Pattern.compile("document:[A-Z][A-Z_]*");

    private FieldKeys() {}

    public static boolean isValid(String key) {
        return key != null
                && (GENERAL.equals(key)
                        || PATH.matcher(key).matches()
                        || DOCUMENT.matcher(key).matches());
    }

    /** The key of the n-th domain (0-based) of a website proposal. */
    public static String domain(int index) {
        return "domains[" + index + "].name";
    }

    public static String document(String kind) {
        return DOCUMENT_PREFIX + kind;
    }
}
