/**
 * Documents: storing and checking uploads by owner (applicant, subject, a caller's reference)
 * and kind, the required-documents rules, and rendering the authenticity statement from data it
 * is given. It knows nothing about change orders: their pages call it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Documents",
        allowedDependencies = {"account", "province", "shared"})
package com.icpportal.document;
