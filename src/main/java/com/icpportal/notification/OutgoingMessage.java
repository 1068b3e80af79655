package com.icpportal.notification;

import java.util.Locale;
import java.util.UUID;

/**
 * One message to one recipient on one channel, as the outbox records it.
 *
 * @param key unique: a resubmitted event builds the same key and finds the row it left
 */
record OutgoingMessage(
        String key,
        Channel channel,
        NotificationKind kind,
        UUID recipientAccountId,
        String address,
        Locale locale,
        UUID orderId,
        String reference,
        String subject,
        String body,
        String link) {}
