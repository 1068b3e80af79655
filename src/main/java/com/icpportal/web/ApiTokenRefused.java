package com.icpportal.web;

import java.util.UUID;

import com.icpportal.shared.AuditedEvent;

/**
 * A call to the machine API without the right token: missing, wrong, or none configured.
 *
 * @param path          the path asked for
 * @param sourceAddress the caller's address as the server saw it
 * @param reason        {@code missing}, {@code wrong} or {@code not-configured}
 */
public record ApiTokenRefused(String path, String sourceAddress, String reason) implements AuditedEvent {

    @Override
    public String auditKind() {
        return "api.token-refused";
    }

    @Override
    public String auditEntity() {
        return "api";
    }

    @Override
    public String auditEntityId() {
        return path;
    }

    @Override
    public UUID auditActorId() {
        return null;
    }

    @Override
    public String auditDetail() {
        return "from " + sourceAddress + ": " + reason;
    }

    @Override
    public String anonymousSource() {
        return sourceAddress;
    }
}
