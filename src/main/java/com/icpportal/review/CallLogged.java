package com.icpportal.review;

import java.util.UUID;

import com.icpportal.changeorder.OrderAuditedEvent;

/** A reviewer logged a phone call to the applicant about an order (the note stays in the contact log). */
public record CallLogged(UUID orderId, String reference, UUID reviewerId, UUID callId, ContactOutcome outcome)
        implements OrderAuditedEvent {

    @Override
    public String auditKind() {
        return "order.call-logged";
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
