package com.icpportal.changeorder;

import java.util.UUID;

import com.icpportal.web.AuditedEvent;

/**
 * An admin handed an order to another reviewer.
 *
 * @param previousAssigneeId who held it before; null when nobody did
 */
public record OrderReassigned(UUID orderId, String reference, UUID adminId, UUID previousAssigneeId, UUID assigneeId)
        implements AuditedEvent {

    @Override
    public String auditKind() {
        return "order.reassigned";
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
        return adminId;
    }

    @Override
    public String auditDetail() {
        return reference + "; from " + (previousAssigneeId == null ? "nobody" : previousAssigneeId) + " to " + assigneeId;
    }
}
