package com.icpportal.changeorder;

import java.time.Instant;
import java.util.UUID;

/**
 * An order passed the deadline of a provider step (provider review, photo review, submission to
 * the administration), as the overdue job claims it: once per order, step and deadline, on whichever
 * node sees it first. Not published itself: listeners get the counts of a batch, {@link OrdersOverdue}.
 *
 * @param assigneeId the reviewer holding the order, or null
 */
public record OrderOverdue(UUID orderId, String reference, OrderState state, Instant dueAt, UUID assigneeId) {}
