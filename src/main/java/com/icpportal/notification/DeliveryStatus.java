package com.icpportal.notification;

/**
 * Where a message stands in the outbox. PENDING: recorded, not yet tried; SENDING: handed to a
 * worker that is talking to the server now; SENT: the server (or the recipient's notice list)
 * accepted it; KEPT: no server is configured for its channel, so it stays in the outbox for admins;
 * FAILED: the last attempt failed (see the attempts and the last error), retried on resubmission;
 * DEAD: refused for good or failed too often (see {@link DeadLetterPolicy}), never retried by itself,
 * only resent by an admin from the outbox page.
 */
public enum DeliveryStatus {
    PENDING,
    SENDING,
    SENT,
    KEPT,
    FAILED,
    DEAD;

    public boolean isDone() {
        return this == SENT || this == KEPT;
    }

    /** Whether nothing will try this message again by itself: done, or a dead letter. */
    public boolean settled() {
        return isDone() || this == DEAD;
    }
}
