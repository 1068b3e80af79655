package com.icpportal.account;

import java.util.UUID;

import com.icpportal.shared.AuditedEvent;

/** A one-time recovery code stood in for the authenticator app. */
public record RecoveryCodeUsed(UUID accountId, int remaining) implements AuditedEvent {

    @Override
    public String auditKind() {
        return "account.recovery-code-used";
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
        return accountId;
    }

    @Override
    public String auditDetail() {
        return remaining + " recovery codes left";
    }
}
