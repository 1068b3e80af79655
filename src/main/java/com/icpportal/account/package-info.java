/**
 * Accounts of applicants, reviewers and admins, their roles and language, and signing in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package com.icpportal.account;
