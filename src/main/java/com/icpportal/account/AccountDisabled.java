package com.icpportal.account;

import java.util.UUID;

/** An admin disabled the account: its sessions end at their next request. */
public record AccountDisabled(UUID accountId, UUID actorId) implements AccountAuditedEvent {

    @Override
    public String auditKind() {
        return "account.disabled";
    }
}
