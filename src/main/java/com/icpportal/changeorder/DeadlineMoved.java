package com.icpportal.changeorder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A calendar change moved the deadline of an order's open step. The trail's detail is a sentence
 * such as "Deadline of PROVIDER_REVIEW moved from … to … because 2026-12-04 became a holiday"; the
 * trail page puts it in the reader's words and China's time.
 */
public record DeadlineMoved(
        UUID orderId,
        String reference,
        OrderState state,
        Instant from,
        Instant to,
        DeadlineMoveCause cause,
        LocalDate day,
        UUID actorId)
        implements OrderAuditedEvent {

    @Override
    public String auditKind() {
        return "order.deadline-moved";
    }

    @Override
    public UUID auditActorId() {
        return actorId;
    }

    @Override
    public String auditDetail() {
        return reference + ": deadline of " + state.name() + " moved from " + from + " to " + to + " because " + day
                + " " + cause.englishWords();
    }
}
