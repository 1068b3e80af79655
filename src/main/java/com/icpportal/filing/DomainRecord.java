package com.icpportal.filing;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A domain registration record: who holds the domain, whether the registrar verified their real
 * name, and until when it is registered.
 *
 * @param domain the ASCII (punycode) form
 */
public record DomainRecord(
        String domain,
        String registrant,
        boolean realNameVerified,
        LocalDate expiresOn,
        String source,
        Instant updatedAt,
        long version) {}
