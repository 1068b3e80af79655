package com.icpportal.changeorder;

import java.util.UUID;

import com.icpportal.web.AuditedEvent;

/** A reviewer took an order from the queue ("Assign to me"). */
public record OrderClaimed(UUID orderId, String reference, UUID reviewerId) implements AuditedEvent {

    @Override
    public String auditKind() {
        return "order.claimed";
    }

    @Override
    public String auditEntity() {
        return ChangeOrderEvent.ENTITY;
    }

    @Override
    public String auditEntityId() {
        return orderId.toString();
    }

    @Override
    public UUID auditActorId() {
        return reviewerId;
    }

    @Override
    public String auditDetail() {
        return reference;
    }
}
