package com.icpportal.filing;

import java.time.LocalDate;
import java.util.UUID;

import com.icpportal.shared.AuditedEvent;

/** Admin changes to filings, for the audit trail. Each carries the subject's id and ICP number. */
public final class FilingAdminEvents {

    private FilingAdminEvents() {}

    /** @param ownerId the applicant account the filing now belongs to */
    public record FilingAssigned(UUID subjectId, String icpNumber, UUID ownerId, UUID actorId) implements AuditedEvent {
        public String auditKind() {
            return "filing.assigned";
        }

        public String auditEntity() {
            return "filing_subject";
        }

        public String auditEntityId() {
            return subjectId.toString();
        }

        public UUID auditActorId() {
            return actorId;
        }

        public String auditDetail() {
            return icpNumber + " to account " + ownerId;
        }
    }

    public record OtherOrderRecorded(
            UUID subjectId, String icpNumber, OtherOrderType type, String reference, LocalDate since, UUID actorId)
            implements AuditedEvent {
        public String auditKind() {
            return "filing.other-order-recorded";
        }

        public String auditEntity() {
            return "filing_subject";
        }

        public String auditEntityId() {
            return subjectId.toString();
        }

        public UUID auditActorId() {
            return actorId;
        }

        public String auditDetail() {
            return icpNumber + ": " + type + " " + reference + " since " + since;
        }
    }

    public record OtherOrderCleared(UUID subjectId, String icpNumber, UUID actorId) implements AuditedEvent {
        public String auditKind() {
            return "filing.other-order-cleared";
        }

        public String auditEntity() {
            return "filing_subject";
        }

        public String auditEntityId() {
            return subjectId.toString();
        }

        public UUID auditActorId() {
            return actorId;
        }

        public String auditDetail() {
            return icpNumber;
        }
    }

    public record FilingCancelled(UUID subjectId, String icpNumber, LocalDate on, UUID actorId)
            implements AuditedEvent {
        public String auditKind() {
            return "filing.cancelled";
        }

        public String auditEntity() {
            return "filing_subject";
        }

        public String auditEntityId() {
            return subjectId.toString();
        }

        public UUID auditActorId() {
            return actorId;
        }

        public String auditDetail() {
            return icpNumber + " cancelled on " + on;
        }
    }

    /** One per subject brought in by a CSV import. */
    public record FilingImported(UUID subjectId, String icpNumber, int websites, String fileName, UUID actorId)
            implements AuditedEvent {
        public String auditKind() {
            return "filing.imported";
        }

        public String auditEntity() {
            return "filing_subject";
        }

        public String auditEntityId() {
            return subjectId.toString();
        }

        public UUID auditActorId() {
            return actorId;
        }

        public String auditDetail() {
            return icpNumber + " with " + websites + " websites from " + fileName;
        }
    }
}
