package com.icpportal.account;

import java.util.Set;
import java.util.UUID;

import com.icpportal.shared.AuditedEvent;

/** An admin changed what an account may do. */
public record RolesChanged(UUID accountId, Set<Role> before, Set<Role> after, UUID actorId) implements AuditedEvent {

    @Override
    public String auditKind() {
        return "account.roles-changed";
    }

    @Override
    public String auditEntity() {
        return "account";
    }

    @Override
    public String auditEntityId() {
        return accountId.toString();
    }

    @Override
    public UUID auditActorId() {
        return actorId;
    }

    @Override
    public String auditDetail() {
        return Roles.describe(before) + " -> " + Roles.describe(after);
    }
}
