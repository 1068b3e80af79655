package com.icpportal.review;

import java.time.Instant;
import java.util.UUID;

import com.icpportal.changeorder.ChangeType;
import com.icpportal.changeorder.OrderState;

/** A line of the review queue. {@code sortKey} is what the next page continues after. */
public record QueueRow(
        UUID id,
        String reference,
        ChangeType type,
        OrderState state,
        String provinceCode,
        String icpNumber,
        String organiserName,
        Instant dueAt,
        UUID assigneeId,
        Instant updatedAt) {

    public Instant sortKey(QueueTab tab) {
        return tab == QueueTab.DONE ? updatedAt : dueAt;
    }
}
