package com.icpportal.changeorder;

import java.util.UUID;

/**
 * An admin handed an order to another reviewer.
 *
 * @param previousAssigneeId who held it before; null when nobody did
 */
public record OrderReassigned(UUID orderId, String reference, UUID adminId, UUID previousAssigneeId, UUID assigneeId)
        implements OrderAuditedEvent {

    @Override
    public String auditKind() {
        return "order.reassigned";
    }

    @Override
    public UUID auditActorId() {
        return adminId;
    }

    @Override
    public String auditDetail() {
        return reference + "; from " + (previousAssigneeId == null ? "nobody" : previousAssigneeId) + " to "
                + assigneeId;
    }
}
