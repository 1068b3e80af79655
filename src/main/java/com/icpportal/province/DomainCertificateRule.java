package com.icpportal.province;

/** When a province asks for a domain certificate document. */
public enum DomainCertificateRule {
    NEVER,
    NEW_DOMAINS,
    ALWAYS
}
