package com.icpportal.changeorder;

import java.util.UUID;

/**
 * A principal confirmed the administration's SMS code for an order (or staff recorded that it did).
 *
 * @param actorId the staff member who recorded it, or null when the administration reported it itself
 */
public record MobileVerified(UUID orderId, String reference, UUID actorId, String maskedMobile, boolean allVerified)
        implements OrderAuditedEvent {

    @Override
    public String auditKind() {
        return "order.mobile-verified";
    }

    @Override
    public UUID auditActorId() {
        return actorId;
    }

    @Override
    public String auditDetail() {
        return reference + " " + maskedMobile;
    }
}
