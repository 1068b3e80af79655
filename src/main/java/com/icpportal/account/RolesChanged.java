package com.icpportal.account;

import java.util.Set;
import java.util.UUID;

/** An admin changed what an account may do. */
public record RolesChanged(UUID accountId, Set<Role> before, Set<Role> after, UUID actorId)
        implements AccountAuditedEvent {

    @Override
    public String auditKind() {
        return "account.roles-changed";
    }

    @Override
    public String auditDetail() {
        return Roles.describe(before) + " -> " + Roles.describe(after);
    }
}
