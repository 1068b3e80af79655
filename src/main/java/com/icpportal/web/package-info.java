/**
 * What every page shares: the layout, language switching, error pages and the security
 * configuration (the browser's and the machine API's). Domain-wide types live in the shared kernel
 * ({@code com.icpportal.shared}), not here.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Web (shared)",
        allowedDependencies = {"shared"})
package com.icpportal.web;
