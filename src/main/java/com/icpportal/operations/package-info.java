/**
 * What operators watch: the portal's own figures as Micrometer meters (scraped by Prometheus from
 * the management port, see docs/operations.md). Reads the other modules through their APIs only.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Operations",
        allowedDependencies = {"changeorder", "notification", "review"})
package com.icpportal.operations;
