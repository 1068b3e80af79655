package com.icpportal.account;

import java.util.UUID;

/**
 * The account's password was set: through a one-time link ({@code viaLink}, actor null: the holder of
 * the link is not signed in) or by its owner on the change-password page. Its other sessions ended.
 */
public record PasswordChanged(UUID accountId, boolean viaLink, UUID actorId) implements AccountAuditedEvent {

    @Override
    public String auditKind() {
        return "account.password-changed";
    }

    @Override
    public String auditDetail() {
        return viaLink ? "set through a one-time link" : "changed by its owner";
    }
}
