package com.icpportal.account;

import java.util.UUID;

import com.icpportal.shared.AuditedEvent;

/** An admin removed another staff member's second factor (a lost phone): they enrol again at their next sign-in. */
public record SecondFactorReset(UUID accountId, UUID actorId) implements AuditedEvent {

    @Override
    public String auditKind() {
        return "account.second-factor-reset";
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
        return "TOTP secret and recovery codes removed; a new enrolment is required at the next sign-in";
    }
}
