package com.icpportal.changeorder;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What happened to a change order, published by every transition: past-tense records carrying the
 * order's id and reference and the acting account (null when the administration acted by itself).
 */
public sealed interface ChangeOrderEvent {

    UUID orderId();

    String reference();

    UUID actorId();

    record Started(UUID orderId, String reference, UUID actorId, UUID subjectId, ChangeType type) implements ChangeOrderEvent {
    }

    record Submitted(UUID orderId, String reference, UUID actorId, Instant dueAt) implements ChangeOrderEvent {
    }

    record PassedProviderReview(UUID orderId, String reference, UUID actorId) implements ChangeOrderEvent {
    }

    record ReturnedForCorrection(UUID orderId, String reference, UUID actorId, List<Reason> reasons) implements ChangeOrderEvent {
    }

    record RejectedByProvider(UUID orderId, String reference, UUID actorId, List<Reason> reasons) implements ChangeOrderEvent {
    }

    record Resubmitted(UUID orderId, String reference, UUID actorId, Instant dueAt) implements ChangeOrderEvent {
    }

    record VerificationSubmitted(UUID orderId, String reference, UUID actorId, Instant dueAt) implements ChangeOrderEvent {
    }

    record VerificationPassed(UUID orderId, String reference, UUID actorId, Instant dueAt) implements ChangeOrderEvent {
    }

    record VerificationReturned(UUID orderId, String reference, UUID actorId, List<Reason> reasons) implements ChangeOrderEvent {
    }

    record SubmittedToAdministration(UUID orderId, String reference, UUID actorId, OrderState nextState) implements ChangeOrderEvent {
    }

    record SmsVerificationCompleted(UUID orderId, String reference, UUID actorId) implements ChangeOrderEvent {
    }

    record SmsVerificationFailed(UUID orderId, String reference, UUID actorId, List<Reason> reasons) implements ChangeOrderEvent {
    }

    record Approved(UUID orderId, String reference, UUID actorId) implements ChangeOrderEvent {
    }

    record RejectedByAdministration(UUID orderId, String reference, UUID actorId, List<Reason> reasons) implements ChangeOrderEvent {
    }

    record Revised(UUID orderId, String reference, UUID actorId, Instant dueAt) implements ChangeOrderEvent {
    }

    record Withdrawn(UUID orderId, String reference, UUID actorId) implements ChangeOrderEvent {
    }
}
