package com.icpportal.account;

import java.time.Instant;
import java.util.UUID;

import com.icpportal.shared.AuditedEvent;

/**
 * Too many consecutive failed sign-ins for a username or from a source address: attempts are refused
 * until {@code retryAt}. Published each time a failure starts or lengthens a delay.
 *
 * @param scope     {@code ACCOUNT} (subject is the username as typed, lower case, known or not), {@code ADDRESS},
 *                  or {@code DEVICE} (a known browser of the account; subject is the username)
 * @param accountId the account when the username names one, else null
 */
public record LoginThrottled(String scope, String subject, UUID accountId, int failures, Instant retryAt)
        implements AuditedEvent {

    @Override
    public String auditKind() {
        return "account.login-throttled";
    }

    @Override
    public String auditEntity() {
        return "ADDRESS".equals(scope) ? "source_address" : "account";
    }

    @Override
    public String auditEntityId() {
        return accountId != null ? accountId.toString() : subject;
    }

    @Override
    public UUID auditActorId() {
        return null;
    }

    @Override
    public String auditDetail() {
        return scope.toLowerCase() + " " + subject + ": " + failures + " failures in a row, refused until " + retryAt;
    }
}
