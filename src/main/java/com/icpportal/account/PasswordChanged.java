package com.icpportal.account;

import java.util.UUID;

import com.icpportal.shared.AuditedEvent;

/**
 * The account's password was set: through a one-time link ({@code viaLink}, actor null: the holder of
 * the link is not signed in) or by its owner on the change-password page. Its other sessions ended.
 */
public record PasswordChanged(UUID accountId, boolean viaLink, UUID actorId) implements AuditedEvent {

    @Override
    public String auditKind() {
        return "account.password-changed";
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
        return viaLink ? "set through a one-time link" : "changed by its owner";
    }
}
