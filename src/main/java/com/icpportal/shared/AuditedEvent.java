package com.icpportal.shared;

import java.util.UUID;

/**
 * An event the audit trail records: what happened, to which entity, by whom. Modules implement it
 * on the events they publish for changes that must be traceable (order transitions, decisions,
 * claims, rule, calendar and reference-data changes, account changes); the audit module writes
 * one row per event in the publishing transaction. Nothing here may carry a full ID number or
 * mobile: the trail masks them anyway.
 */
public interface AuditedEvent {

    /** A stable kind in dotted lower case, e.g. {@code order.submitted}, {@code province.rules-changed}. */
    String auditKind();

    /** The kind of entity acted on, e.g. {@code change_order}, {@code province}, {@code account}. */
    String auditEntity();

    /** The entity's id or code. */
    String auditEntityId();

    /** The account that acted, or null when the system acted (a scheduled job, the administration). */
    UUID auditActorId();

    /** A short description of what changed, for the trail's detail column; null when the kind says it all. */
    default String auditDetail() {
        return null;
    }

    /**
     * For events anyone can cause without signing in (a refused API call), the caller's address:
     * the trail then counts them per address and window instead of writing a row each, so that a
     * flood writes a bounded number of rows. Null (the default) for everything else.
     */
    default String anonymousSource() {
        return null;
    }
}
