/**
 * The shared kernel: the few types every module speaks in and that belong to no single one. The
 * {@link com.icpportal.shared.AuditedEvent} contract the audit trail records,
 * {@link com.icpportal.shared.NotFoundException} (404 for missing and for other people's records),
 * names kept in both languages ({@link com.icpportal.shared.LocalizedName},
 * {@link com.icpportal.shared.Languages}), the admin imports' building blocks
 * ({@link com.icpportal.shared.TextUpload}, {@link com.icpportal.shared.CsvText},
 * {@link com.icpportal.shared.ImportProblem}), times in the portal's zone
 * ({@link com.icpportal.shared.PortalTimes}), and the runtime every module relies on: the one
 * {@link java.time.Clock} and scheduling. It depends on no other module; the web layer (layout,
 * security, error pages, language switching) stays in {@code web}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Shared kernel",
        allowedDependencies = {})
package com.icpportal.shared;
