/**
 * Change orders: an applicant's proposed change to a filed subject or website, the state machine
 * that carries it through provider review and the administration, the eligibility rules that say
 * why a change cannot start, and the validation of a proposal against the domain's rules.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Change orders",
        allowedDependencies = {"account", "calendar", "document", "filing", "province", "shared", "values", "web"})
package com.icpportal.changeorder;
