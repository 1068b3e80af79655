package com.icpportal.document;

/**
 * Why an uploaded document is refused, each with the key of the message that tells the applicant.
 * Only {@link #TOO_LARGE} and {@link #TOO_SMALL_IMAGE} take message arguments.
 */
public enum UploadProblem {

    /** The file has no content. */
    EMPTY("empty"),
    /** The content is not a JPEG, PNG or PDF, whatever the name says. */
    NOT_ALLOWED_TYPE("type"),
    /** The content is an accepted kind, but the name's extension belongs to another or is missing. */
    EXTENSION_MISMATCH("extension"),
    /** The browser declared a content type that does not match the content. */
    CONTENT_TYPE_MISMATCH("contentType"),
    /** Over the size limit for its kind. Argument {0}: the limit, e.g. "5 MB". */
    TOO_LARGE("tooLarge"),
    /** A side shorter than required. Arguments {0} and {1}: the minimum width and height in pixels. */
    TOO_SMALL_IMAGE("resolution"),
    /** The image's header cannot be read, so it is damaged or not what it claims. */
    UNREADABLE_IMAGE("unreadable"),
    /** A side longer than any real photo or scan; such files are built to exhaust memory. */
    TOO_BIG_IMAGE("dimensions");

    private final String messageKey;

    UploadProblem(String key) {
        this.messageKey = "document.problem." + key;
    }

    /** The key in {@code messages*.properties}, e.g. {@code document.problem.empty}. */
    public String messageKey() {
        return messageKey;
    }
}
