package com.icpportal.account;

import java.util.UUID;

import com.icpportal.shared.AuditedEvent;

/** A person confirmed their authenticator app: their sign-ins now ask for its code. */
public record SecondFactorEnrolled(UUID accountId) implements AuditedEvent {

    @Override
    public String auditKind() {
        return "account.second-factor-enrolled";
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
        return null;
    }
}
