package com.icpportal.account;

import java.util.UUID;

import com.icpportal.shared.AuditedEvent;

/**
 * An audited event about one account, done by a signed-in actor (or by the holder of a one-time
 * link, then null): the trail files it under the account.
 */
public interface AccountAuditedEvent extends AuditedEvent {

    /** The audit trail's entity name for accounts. */
    String ENTITY = "account";

    UUID accountId();

    /** The account that acted, or null when nobody signed in did. */
    UUID actorId();

    @Override
    default String auditEntity() {
        return ENTITY;
    }

    @Override
    default String auditEntityId() {
        return accountId().toString();
    }

    @Override
    default UUID auditActorId() {
        return actorId();
    }
}
