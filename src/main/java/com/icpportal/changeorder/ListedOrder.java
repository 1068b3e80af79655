package com.icpportal.changeorder;

import java.time.Instant;
import java.util.UUID;

/** An order as lists show it (the review queue, reminders): no proposal, no timeline. */
public record ListedOrder(
        UUID id,
        String reference,
        ChangeType type,
        OrderState state,
        String provinceCode,
        UUID subjectId,
        Instant dueAt,
        UUID assigneeId,
        Instant updatedAt) {}
