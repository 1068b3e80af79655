package com.icpportal.changeorder;

import java.util.UUID;

/** A reviewer took an order from the queue ("Assign to me"). */
public record OrderClaimed(UUID orderId, String reference, UUID reviewerId) implements OrderAuditedEvent {

    @Override
    public String auditKind() {
        return "order.claimed";
    }

    @Override
    public UUID auditActorId() {
        return reviewerId;
    }
}
