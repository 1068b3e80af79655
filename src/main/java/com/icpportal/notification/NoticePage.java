package com.icpportal.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One page of an account's notices, newest first, worded in the reader's language.
 *
 * @param older where the next ("Older") page starts, or null on the last page
 */
public record NoticePage(List<Notice> notices, Cursor older) {

    /** A position in the list: the (created_at, id) of the last notice shown; the page after it starts below. */
    public record Cursor(Instant createdAt, UUID id) {}
}
