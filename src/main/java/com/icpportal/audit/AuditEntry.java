package com.icpportal.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of the trail as the admins' page shows it.
 *
 * @param actorId   the account that acted; null when the system acted or nobody signed in
 * @param actorName the username at the time (kept when the account changes later)
 */
public record AuditEntry(
        long id,
        Instant occurredAt,
        UUID actorId,
        String actorName,
        String kind,
        String entity,
        String entityId,
        String detail,
        String sourceAddress) {}
