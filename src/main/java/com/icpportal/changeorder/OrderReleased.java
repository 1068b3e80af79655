package com.icpportal.changeorder;

import java.util.UUID;

/** The reviewer holding an order gave it back to the queue. */
public record OrderReleased(UUID orderId, String reference, UUID reviewerId) implements OrderAuditedEvent {

    @Override
    public String auditKind() {
        return "order.released";
    }

    @Override
    public UUID auditActorId() {
        return reviewerId;
    }
}
