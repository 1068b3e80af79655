/**
 * Provider review of change orders. For now its landing page shows how many filings each
 * province has; the queue replaces it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Review",
        allowedDependencies = {"account", "calendar", "changeorder", "document", "filing", "province", "values"})
package com.icpportal.review;
