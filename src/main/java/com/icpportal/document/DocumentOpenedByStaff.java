package com.icpportal.document;

import java.util.UUID;

import com.icpportal.shared.AuditedEvent;

/** A reviewer or an admin downloaded or previewed someone's document (identity documents among them). */
public record DocumentOpenedByStaff(
        UUID documentId, UUID staffId, UUID ownerId, UUID subjectId, DocumentKind kind, String displayName)
        implements AuditedEvent {

    @Override
    public String auditKind() {
        return "document.downloaded";
    }

    @Override
    public String auditEntity() {
        return "document";
    }

    @Override
    public String auditEntityId() {
        return documentId.toString();
    }

    @Override
    public UUID auditActorId() {
        return staffId;
    }

    @Override
    public String auditDetail() {
        return kind + "; " + displayName + "; owner " + ownerId + "; subject " + subjectId;
    }
}
