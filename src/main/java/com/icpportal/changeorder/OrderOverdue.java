package com.icpportal.changeorder;

import java.time.Instant;
import java.util.UUID;

/**
 * An order passed the deadline of a provider step (provider review, photo review, submission to
 * the administration). Published once per order, step and deadline, on whichever node sees it first.
 *
 * @param assigneeId the reviewer holding the order, or null
 */
public record OrderOverdue(UUID orderId, String reference, OrderState state, Instant dueAt, UUID assigneeId) {}
