package com.icpportal.changeorder;

/**
 * A reason of the latest return or rejection and whether its target (a field, a document, the
 * whole order) has changed since: an unchanged target still "needs correcting".
 */
public record ReasonStatus(Reason reason, boolean addressed) {

    /** Whether the reason is about a document ({@code document:KIND}). */
    public boolean aboutDocument() {
        return reason.fieldKey().startsWith(FieldKeys.DOCUMENT_PREFIX);
    }

    /** The document kind of a document reason, else null. */
    public String documentKind() {
        return aboutDocument() ? reason.fieldKey().substring(FieldKeys.DOCUMENT_PREFIX.length()) : null;
    }

    /**
     * The page of the order where the target is edited ({@code subject}, {@code principal},
     * {@code website}, {@code domains}, {@code documents}), or null for a reason about the whole order.
     */
    public String page() {
        String key = reason.fieldKey();
        if (FieldKeys.GENERAL.equals(key)) {
            return null;
        }
        if (aboutDocument()) {
            return "documents";
        }
        if (key.startsWith("domains")) {
            return "domains";
        }
        int dot = key.indexOf('.');
        return dot < 0 ? null : key.substring(0, dot);
    }

    /** The problem in the reader's language when the portal wrote it, else in the reviewer's words. */
    public boolean portalWords() {
        return reason.messageKey() != null;
    }
}
