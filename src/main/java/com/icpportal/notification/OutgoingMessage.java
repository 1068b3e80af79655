package com.icpportal.notification;

import java.util.Locale;
import java.util.UUID;

/**
 * One message to one recipient on one channel, as the outbox records it. An email or a text carries
 * its words (subject, body) in the recipient's language; an in-app notice carries a message key and
 * its arguments instead (JSON, see {@link NoticeArgs}), worded when it is read.
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
        String link,
        String messageKey,
        String messageArgs) {

    /** A message with its words (an email, a text, or a notice worded once). */
    OutgoingMessage(
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
            String link) {
        this(
                key,
                channel,
                kind,
                recipientAccountId,
                address,
                locale,
                orderId,
                reference,
                subject,
                body,
                link,
                null,
                null);
    }
}
