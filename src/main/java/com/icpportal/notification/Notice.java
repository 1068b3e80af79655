package com.icpportal.notification;

import java.time.Instant;
import java.util.UUID;

/** An in-app notice to one account. */
public record Notice(
        UUID id,
        NotificationKind kind,
        String reference,
        String subject,
        String body,
        String link,
        Instant createdAt,
        Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
