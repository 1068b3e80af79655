package com.icpportal.filing;

import java.time.LocalDate;
import java.util.UUID;

import com.icpportal.shared.AuditedEvent;

/** Admin changes to filings, for the audit trail. Each carries the subject's id and ICP number. */
public final class FilingAdminEvents {

    private FilingAdminEvents() {}

    /** An admin's change to one filing: the trail files it under the subject. */
    public interface SubjectEvent extends AuditedEvent {

        UUID subjectId();

        UUID actorId();

        @Override
        default String auditEntity() {
            return "filing_subject";
        }

        @Override
        default String auditEntityId() {
            return subjectId().toString();
        }

        @Override
        default UUID auditActorId() {
            return actorId();
        }
    }

    /** @param ownerId the applicant account the filing now belongs to */
    public record FilingAssigned(UUID subjectId, String icpNumber, UUID ownerId, UUID actorId) implements SubjectEvent {
        public String auditKind() {
            return "filing.assigned";
        }

        public String auditDetail() {
            return icpNumber + " to account " + ownerId;
        }
    }

    public record OtherOrderRecorded(
            UUID subjectId, String icpNumber, OtherOrderType type, String reference, LocalDate since, UUID actorId)
            implements SubjectEvent {
        public String auditKind() {
            return "filing.other-order-recorded";
        }

        public String auditDetail() {
            return icpNumber + ": " + type + " " + reference + " since " + since;
        }
    }

    public record OtherOrderCleared(UUID subjectId, String icpNumber, UUID actorId) implements SubjectEvent {
        public String auditKind() {
            return "filing.other-order-cleared";
        }

        public String auditDetail() {
            return icpNumber;
        }
    }

    public record FilingCancelled(UUID subjectId, String icpNumber, LocalDate on, UUID actorId)
            implements SubjectEvent {
        public String auditKind() {
            return "filing.cancelled";
        }

        public String auditDetail() {
            return icpNumber + " cancelled on " + on;
        }
    }

    /** One per subject brought in by a CSV import. */
    public record FilingImported(UUID subjectId, String icpNumber, int websites, String fileName, UUID actorId)
            implements SubjectEvent {
        public String auditKind() {
            return "filing.imported";
        }

        public String auditDetail() {
            return icpNumber + " with " + websites + " websites from " + fileName;
        }
    }
}
