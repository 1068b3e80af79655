/**
 * Filed subjects and websites as the administration approved them, their status (active,
 * cancelled, an order of another type in process elsewhere) and their version history.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Filings",
        allowedDependencies = {"account", "province", "shared", "values"})
package com.icpportal.filing;
