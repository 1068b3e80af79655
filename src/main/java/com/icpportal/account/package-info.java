/**
 * Accounts of applicants, reviewers and admins, their roles and language, and signing in.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Accounts",
        allowedDependencies = {"shared", "web"})
package com.icpportal.account;
