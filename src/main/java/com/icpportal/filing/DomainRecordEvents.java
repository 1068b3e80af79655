package com.icpportal.filing;

import java.util.UUID;

import com.icpportal.shared.AuditedEvent;

/** Staff changes to domain registration records, for the audit trail. */
public final class DomainRecordEvents {

    private DomainRecordEvents() {}

    /** A staff change to the record of one domain: the trail files it under the domain's ASCII form. */
    public interface RecordEvent extends AuditedEvent {

        String domain();

        UUID actorId();

        @Override
        default String auditEntity() {
            return "domain_registration";
        }

        @Override
        default String auditEntityId() {
            return domain();
        }

        @Override
        default UUID auditActorId() {
            return actorId();
        }
    }

    /** @param domain the ASCII form */
    public record DomainRecordAdded(String domain, UUID actorId) implements RecordEvent {
        public String auditKind() {
            return "domain-record.added";
        }
    }

    /** @param changed the names of the values that changed, like "registrant, expires_on" */
    public record DomainRecordChanged(String domain, String changed, UUID actorId) implements RecordEvent {
        public String auditKind() {
            return "domain-record.changed";
        }

        public String auditDetail() {
            return changed;
        }
    }
}
