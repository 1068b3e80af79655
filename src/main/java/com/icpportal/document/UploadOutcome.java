package com.icpportal.document;

/** What became of an upload: stored, or refused with a message for the person who sent it. */
public sealed interface UploadOutcome {

    record Stored(DocumentView document) implements UploadOutcome {}

    /** @param messageKey said at the file field, with its arguments */
    record Refused(String messageKey, Object[] arguments) implements UploadOutcome {}
}
