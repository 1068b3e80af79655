/**
 * The audit trail: one append-only row per {@link com.icpportal.shared.AuditedEvent} any module
 * publishes, written in the publishing transaction, plus sign-ins (success and failure, with the
 * source address); the admins' page to search it; masking of personal identifiers in the trail and
 * in the application log. It may use any module; no module uses it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Audit trail",
        allowedDependencies = {"account", "shared", "values"})
package com.icpportal.audit;
