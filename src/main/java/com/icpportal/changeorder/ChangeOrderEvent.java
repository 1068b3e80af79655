package com.icpportal.changeorder;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What happened to a change order, published by every transition: past-tense records carrying the
 * order's id and reference and the acting account (null when the administration acted by itself).
 * Each is one entry of the audit trail, of the kind {@code order.<what happened>}.
 */
public sealed interface ChangeOrderEvent extends OrderAuditedEvent {

    UUID actorId();

    @Override
    default UUID auditActorId() {
        return actorId();
    }

    /** The reference and the field keys of the reasons (their words stay with the order). */
    private static String withReasons(String reference, List<Reason> reasons) {
        return reference + "; reasons: "
                + String.join(", ", reasons.stream().map(Reason::fieldKey).toList());
    }

    record Started(UUID orderId, String reference, UUID actorId, UUID subjectId, ChangeType type)
            implements ChangeOrderEvent {
        @Override
        public String auditKind() {
            return "order.started";
        }

        @Override
        public String auditDetail() {
            return reference + "; " + type;
        }
    }

    record Submitted(UUID orderId, String reference, UUID actorId, Instant dueAt) implements ChangeOrderEvent {
        @Override
        public String auditKind() {
            return "order.submitted";
        }
    }

    record PassedProviderReview(UUID orderId, String reference, UUID actorId) implements ChangeOrderEvent {
        @Override
        public String auditKind() {
            return "order.passed";
        }
    }

    record ReturnedForCorrection(UUID orderId, String reference, UUID actorId, List<Reason> reasons)
            implements ChangeOrderEvent {
        @Override
        public String auditKind() {
            return "order.returned";
        }

        @Override
        public String auditDetail() {
            return withReasons(reference, reasons);
        }
    }

    record RejectedByProvider(UUID orderId, String reference, UUID actorId, List<Reason> reasons)
            implements ChangeOrderEvent {
        @Override
        public String auditKind() {
            return "order.rejected";
        }

        @Override
        public String auditDetail() {
            return withReasons(reference, reasons);
        }
    }

    record Resubmitted(UUID orderId, String reference, UUID actorId, Instant dueAt) implements ChangeOrderEvent {
        @Override
        public String auditKind() {
            return "order.resubmitted";
        }
    }

    record VerificationSubmitted(UUID orderId, String reference, UUID actorId, Instant dueAt)
            implements ChangeOrderEvent {
        @Override
        public String auditKind() {
            return "order.verification-submitted";
        }
    }

    record VerificationPassed(UUID orderId, String reference, UUID actorId, Instant dueAt) implements ChangeOrderEvent {
        @Override
        public String auditKind() {
            return "order.verification-passed";
        }
    }

    record VerificationReturned(UUID orderId, String reference, UUID actorId, List<Reason> reasons)
            implements ChangeOrderEvent {
        @Override
        public String auditKind() {
            return "order.verification-returned";
        }

        @Override
        public String auditDetail() {
            return withReasons(reference, reasons);
        }
    }

    record SubmittedToAdministration(UUID orderId, String reference, UUID actorId, OrderState nextState)
            implements ChangeOrderEvent {
        @Override
        public String auditKind() {
            return "order.submitted-to-administration";
        }

        @Override
        public String auditDetail() {
            return reference + "; " + nextState;
        }
    }

    record SmsVerificationCompleted(UUID orderId, String reference, UUID actorId) implements ChangeOrderEvent {
        @Override
        public String auditKind() {
            return "order.sms-verified";
        }
    }

    record SmsVerificationFailed(UUID orderId, String reference, UUID actorId, List<Reason> reasons)
            implements ChangeOrderEvent {
        @Override
        public String auditKind() {
            return "order.sms-failed";
        }

        @Override
        public String auditDetail() {
            return withReasons(reference, reasons);
        }
    }

    record Approved(UUID orderId, String reference, UUID actorId) implements ChangeOrderEvent {
        @Override
        public String auditKind() {
            return "order.approved";
        }
    }

    record RejectedByAdministration(UUID orderId, String reference, UUID actorId, List<Reason> reasons)
            implements ChangeOrderEvent {
        @Override
        public String auditKind() {
            return "order.rejected-by-administration";
        }

        @Override
        public String auditDetail() {
            return withReasons(reference, reasons);
        }
    }

    record Revised(UUID orderId, String reference, UUID actorId, Instant dueAt) implements ChangeOrderEvent {
        @Override
        public String auditKind() {
            return "order.revised";
        }
    }

    record Withdrawn(UUID orderId, String reference, UUID actorId) implements ChangeOrderEvent {
        @Override
        public String auditKind() {
            return "order.withdrawn";
        }
    }
}
