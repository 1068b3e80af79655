package com.icpportal.audit;

import java.time.Instant;

/**
 * A search of the trail, newest first; every filter is optional (null).
 *
 * @param actor         a username, matched exactly but ignoring case
 * @param from          entries at or after this instant
 * @param until         entries before this instant
 * @param afterTime     with {@code afterId}: the last entry of the previous page (keyset paging)
 */
public record AuditQuery(
        String actor,
        String entity,
        String entityId,
        String kind,
        Instant from,
        Instant until,
        Instant afterTime,
        Long afterId,
        int limit) {

    public AuditQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        if ((afterTime == null) != (afterId == null)) {
            throw new IllegalArgumentException("a page continues after both a time and an id");
        }
    }
}
