package com.icpportal.filing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.icpportal.values.DomainName;

/**
 * Domain registration records (domain, registrant, real-name verification, expiry, source). A
 * domain without a record is not refused: it needs a domain certificate, which a reviewer checks.
 */
@Service
public class DomainRegistrations {

    private final DomainRegistrationRepository registrations;
    private final Clock clock;

    DomainRegistrations(DomainRegistrationRepository registrations, Clock clock) {
        this.registrations = registrations;
        this.clock = clock;
    }

    /** The records of these domains (ASCII forms), by domain; domains without a record are absent. */
    @Transactional(readOnly = true)
    public Map<String, DomainRecord> find(Collection<String> asciiDomains) {
        if (asciiDomains.isEmpty()) {
            return Map.of();
        }
        return registrations.findByDomainIn(asciiDomains).stream()
                .map(DomainRegistration::view)
                .collect(Collectors.toMap(DomainRecord::domain, Function.identity()));
    }

    /** Adds or replaces the record of a domain (given in either form). */
    @Transactional
    public DomainRecord record(String domain, String registrant, boolean realNameVerified, LocalDate expiresOn,
            String source) {
        String ascii = DomainName.parse(domain).ascii();
        DomainRegistration registration = registrations.findById(ascii).orElseGet(() -> new DomainRegistration(ascii));
        registration.record(registrant.strip(), realNameVerified, expiresOn, source.strip(), clock.instant());
        return registrations.save(registration).view();
    }
}
