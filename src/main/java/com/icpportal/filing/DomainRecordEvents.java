package com.icpportal.filing;

import java.util.UUID;

import com.icpportal.shared.AuditedEvent;

/** Staff changes to domain registration records, for the audit trail. */
public final class DomainRecordEvents {

    private DomainRecordEvents() {}

    /** @param domain the ASCII form */
    public record DomainRecordAdded(String domain, UUID actorId) implements AuditedEvent {
        public String auditKind() {
            return "domain-record.added";
        }

        public String auditEntity() {
            return "domain_registration";
        }

        public String auditEntityId() {
            return domain;
        }

        public UUID auditActorId() {
            return actorId;
        }
    }

    /** @param changed the names of the values that changed, like "registrant, expires_on" */
    public record DomainRecordChanged(String domain, String changed, UUID actorId) implements AuditedEvent {
        public String auditKind() {
            return "domain-record.changed";
        }

        public String auditEntity() {
            return "domain_registration";
        }

        public String auditEntityId() {
            return domain;
        }

        public UUID auditActorId() {
            return actorId;
        }

        public String auditDetail() {
            return changed;
        }
    }
}
