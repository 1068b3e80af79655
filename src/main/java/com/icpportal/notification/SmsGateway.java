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

    /** A text to one mobile; {@code reference} is the order's, or null. */
    record SmsMessage(String to, String text, String reference) {
    }
}
