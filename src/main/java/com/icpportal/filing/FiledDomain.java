package com.icpportal.filing;

/**
 * A servable domain for the provider's access layer: filed for an active website of an active
 * subject and not retired.
 *
 * @param domain  the ASCII (punycode) form the access layer matches on
 * @param unicode the form people read
 */
public record FiledDomain(String domain, String unicode, String websiteIcpNumber, String subjectIcpNumber) {}
