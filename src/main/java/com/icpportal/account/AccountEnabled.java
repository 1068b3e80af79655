package com.icpportal.account;

import java.util.UUID;

import com.icpportal.shared.AuditedEvent;

/** An admin enabled the account: it may sign in again. */
public record AccountEnabled(UUID accountId, UUID actorId) implements AuditedEvent {

    @Override
    public String auditKind() {
        return "account.enabled";
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
}
