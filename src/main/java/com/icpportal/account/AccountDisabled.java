package com.icpportal.account;

import java.util.UUID;

import com.icpportal.shared.AuditedEvent;

/** An admin disabled the account: its sessions end at their next request. */
public record AccountDisabled(UUID accountId, UUID actorId) implements AuditedEvent {

    @Override
    public String auditKind() {
        return "account.disabled";
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
