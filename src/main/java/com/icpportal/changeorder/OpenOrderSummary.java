package com.icpportal.changeorder;

import java.time.Instant;
import java.util.UUID;

/**
 * An unfinished order as the applicant's home shows it beside its subject: what it changes, where it
 * stands and its next deadline. Read as these columns only, not as the whole order.
 *
 * @param dueAt the deadline of the current step; null when the step has none
 */
public record OpenOrderSummary(
        UUID id, String reference, ChangeType type, UUID subjectId, OrderState state, Instant dueAt) {}
