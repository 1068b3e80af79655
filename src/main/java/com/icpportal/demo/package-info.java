/**
 * Demo accounts and filings for trying the portal: loaded once when the portal runs on its
 * embedded database (or when {@code portal.demo-data=true}), never with an external database by
 * default and never in tests unless a test asks. Nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Demo data",
        allowedDependencies = {"account", "account :: web", "database", "filing"})
package com.icpportal.demo;
