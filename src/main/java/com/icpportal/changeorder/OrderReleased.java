package com.icpportal.changeorder;

import java.util.UUID;

import com.icpportal.web.AuditedEvent;

/** The reviewer holding an order gave it back to the queue. */
public record OrderReleased(UUID orderId, String reference, UUID reviewerId) implements AuditedEvent {

    @Override
    public String auditKind() {
        return "order.released";
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
