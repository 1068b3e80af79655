package com.icpportal.filing;

/**
 * A domain registration record as staff typed it, not yet checked.
 *
 * @param domain           Unicode or ASCII form
 * @param realNameVerified "true" or "false"
 * @param expiresOn        ISO date, like 2027-03-31
 */
public record DomainRecordInput(
        String domain, String registrant, String realNameVerified, String expiresOn, String source) {}
