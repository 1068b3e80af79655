package com.icpportal.account;

import java.time.Instant;
import java.util.UUID;

/**
 * A one-time link to set the account's password was issued (a new account, or an admin's reset);
 * older unused links of the account stopped working. Carries what a message to the account needs:
 * the link itself is a secret, so it never appears in the audit detail nor in {@link #toString()}.
 *
 * @param link     the full URL holding the token; whoever has it may set the password until it expires
 * @param language the account's language tag ({@code en}, {@code zh-CN}) or null when none was chosen
 */
public record PasswordSetLinkIssued(
        UUID accountId, String email, String displayName, String link, Instant expiresAt, String language, UUID actorId)
        implements AccountAuditedEvent {

    @Override
    public String auditKind() {
        return "account.password-link-issued";
    }

    @Override
    public String auditDetail() {
        return "valid until " + expiresAt;
    }

    @Override
    public String toString() {
        return "PasswordSetLinkIssued[accountId=" + accountId + ", expiresAt=" + expiresAt + ", actorId=" + actorId
                + "]";
    }
}
