package com.icpportal.account;

import java.util.UUID;

/** An admin enabled the account: it may sign in again. */
public record AccountEnabled(UUID accountId, UUID actorId) implements AccountAuditedEvent {

    @Override
    public String auditKind() {
        return "account.enabled";
    }
}
