package com.icpportal.account;

import java.util.Set;
import java.util.UUID;

/** An admin opened an account; its password comes later, through a one-time link. */
public record AccountCreated(UUID accountId, String username, Set<Role> roles, UUID actorId)
        implements AccountAuditedEvent {

    @Override
    public String auditKind() {
        return "account.created";
    }

    @Override
    public String auditDetail() {
        return "username " + username + ", roles " + Roles.describe(roles);
    }
}
