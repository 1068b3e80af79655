package com.icpportal.notification;

/** The default gateway: no text leaves the portal; each stays in the outbox, where admins see it. */
class OutboxSmsGateway implements SmsGateway {

    @Override
    public DeliveryStatus send(SmsMessage message) {
        return DeliveryStatus.KEPT;
    }
}
