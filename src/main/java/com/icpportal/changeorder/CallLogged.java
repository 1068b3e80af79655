package com.icpportal.changeorder;

import java.util.UUID;

import com.icpportal.web.AuditedEvent;

/** A reviewer logged a phone call to the applicant about an order (the note stays in the contact log). */
public record CallLogged(UUID orderId, String reference, UUID reviewerId, UUID callId, ContactOutcome outcome)
        implements AuditedEvent {

    @Override
    public String auditKind() {
        return "order.call-logged";
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
        return reference + "; " + outcome;
    }
}
