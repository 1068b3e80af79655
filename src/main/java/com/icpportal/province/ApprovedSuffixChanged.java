package com.icpportal.province;

import java.util.Locale;
import java.util.UUID;

import com.icpportal.shared.AuditedEvent;

/**
 * An admin added or removed an approved domain suffix (ASCII form). A removal affects new
 * proposals only: filed domains keep their suffix.
 */
public record ApprovedSuffixChanged(String suffix, Change change, UUID actorId) implements AuditedEvent {

    public enum Change {
        ADDED,
        REMOVED
    }

    @Override
    public String auditKind() {
        return "reference.suffix-" + change.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String auditEntity() {
        return "approved_domain_suffix";
    }

    @Override
    public String auditEntityId() {
        return suffix;
    }

    @Override
    public UUID auditActorId() {
        return actorId;
    }
}
