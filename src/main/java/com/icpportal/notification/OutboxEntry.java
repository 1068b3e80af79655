package com.icpportal.notification;

import java.time.Instant;
import java.util.UUID;

/** An email or SMS in the outbox, as the admin page lists it. */
public record OutboxEntry(
        UUID id,
        Channel channel,
        NotificationKind kind,
        String recipient,
        String locale,
        String reference,
        String subject,
        String body,
        DeliveryStatus status,
        int attempts,
        String lastError,
        DeliveryFailure lastFailure,
        Instant createdAt,
        Instant sentAt) {

    /** A mobile shows only its first three and last four digits; an email address in full. */
    public String recipientShown() {
        return shown(channel, recipient);
    }

    static String shown(Channel channel, String recipient) {
        if (channel == Channel.SMS && recipient != null && recipient.length() > 7) {
            return recipient.substring(0, 3)
                    + "*".repeat(recipient.length() - 7)
                    + recipient.substring(recipient.length() - 4);
        }
        return recipient;
    }

    /**
     * The text as admins may read it: a one-time password link is a secret, so its message is not
     * shown; nor is an SMS verification code unless it is KEPT (no gateway: admins are its channel).
     */
    public String bodyShown() {
        if (kind == NotificationKind.ACCOUNT_LINK) {
            return null;
        }
        return kind == NotificationKind.VERIFICATION_CODE && status != DeliveryStatus.KEPT ? null : body;
    }

    public boolean resendable() {
        return status == DeliveryStatus.FAILED || status == DeliveryStatus.DEAD;
    }
}
