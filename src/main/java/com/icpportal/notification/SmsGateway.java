package com.icpportal.notification;

/**
 * Sends a text message. {@link OutboxSmsGateway} (the default) only keeps it in the outbox for
 * admins; {@link HttpSmsGateway} posts it to a provider's HTTP API ({@code portal.sms.gateway=http}).
 */
public interface SmsGateway {

    /**
     * @return {@link DeliveryStatus#SENT} when a gateway accepted the text, {@link DeliveryStatus#KEPT}
     *         when it is only kept in the outbox
     * @throws SmsDeliveryException when the gateway refused it or could not be reached
     */
    DeliveryStatus send(SmsMessage message);

    /**
     * A text to one mobile; {@code reference} is the order's, or null. {@code id} names the message
     * (the outbox row, the same on every retry) so that a gateway can drop a repeat of a text it
     * already accepted (after a read timeout the portal cannot know it did), or null.
     */
    record SmsMessage(String to, String text, String reference, String id) {

        public SmsMessage(String to, String text, String reference) {
            this(to, text, reference, null);
        }
    }
}
