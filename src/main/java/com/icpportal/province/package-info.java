/**
 * The 31 provincial-level regions and their rules for changes (with city overrides), and the
 * reference data the forms use: administrative divisions, service types, pre-approval items and
 * approved domain suffixes.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Provinces and reference data",
        allowedDependencies = {"shared", "values"})
package com.icpportal.province;
