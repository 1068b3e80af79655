/**
 * Value types of the domain, each parsed from what a person types and refusing bad input with a
 * reason that can be shown to them: ICP numbers, resident ID numbers, unified social credit codes,
 * mobile numbers and domain names, and the province-level divisions they refer to. Plain Java on
 * ICU4J (domain names) and libphonenumber (mobile numbers and where they are registered), no Spring;
 * every module may use them. The rules and the references they are checked against are in
 * docs/validation.md.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Value types",
        allowedDependencies = {},
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.icpportal.values;
