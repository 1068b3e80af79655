package com.icpportal.changeorder;

import java.util.UUID;

/**
 * A wrong SMS code was entered for one of an order's mobiles; at {@code maxAttempts} the order is
 * rejected (an {@link ChangeOrderEvent.SmsVerificationFailed} follows).
 */
public record SmsCodeRefused(UUID orderId, String reference, String maskedMobile, int attempt, int maxAttempts)
        implements OrderAuditedEvent {

    @Override
    public String auditKind() {
        return "order.sms-code-refused";
    }

    @Override
    public UUID auditActorId() {
        return null;
    }

    @Override
    public String auditDetail() {
        return reference + " " + maskedMobile + " " + attempt + "/" + maxAttempts;
    }
}
