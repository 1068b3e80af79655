/**
 * Value types of the domain, each parsed from what a person types and refusing bad input with a
 * reason that can be shown to them: ICP numbers, resident ID numbers, unified social credit codes,
 * mobile numbers and domain names. Plain Java; every module may use them.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Value types",
        allowedDependencies = {},
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.icpportal.values;
