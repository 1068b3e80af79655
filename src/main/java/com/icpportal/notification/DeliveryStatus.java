package com.icpportal.notification;

/**
 * Where a message stands in the outbox. PENDING: recorded, not yet tried; SENDING: handed to a
 * worker that is talking to the server now; SENT: the server (or the recipient's notice list)
 * accepted it; KEPT: no server is configured for its channel, so it stays in the outbox for admins;
 * FAILED: the last attempt failed (see the attempts and the last error), retried on resubmission.
 */
public enum DeliveryStatus {
    PENDING,
    SENDING,
    SENT,
    KEPT,
    FAILED;

    public boolean isDone() {
        return this == SENT || this == KEPT;
    }
}
