package com.icpportal.account;

import java.util.Set;
import java.util.UUID;

import com.icpportal.shared.AuditedEvent;

/** An admin opened an account; its password comes later, through a one-time link. */
public record AccountCreated(UUID accountId, String username, Set<Role> roles, UUID actorId) implements AuditedEvent {

    @Override
    public String auditKind() {
        return "account.created";
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
        return "username " + username + ", roles " + Roles.describe(roles);
    }
}
