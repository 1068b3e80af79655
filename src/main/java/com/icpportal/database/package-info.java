/**
 * The embedded PostgreSQL that the portal starts when no external database is configured: a real
 * PostgreSQL 17 whose data directory persists across restarts and survives a killed process.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Embedded database",
        allowedDependencies = {})
package com.icpportal.database;
