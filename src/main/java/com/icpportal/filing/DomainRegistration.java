package com.icpportal.filing;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** What a registrar says about a domain, kept by provider staff. */
@Entity
@Table(name = "domain_registration")
class DomainRegistration {

    /** ASCII (punycode) form. */
    @Id
    private String domain;

    private String registrant;

    private boolean realNameVerified;

    private LocalDate expiresOn;

    private String source;

    private Instant updatedAt;

    @Version
    private long version;

    protected DomainRegistration() {
    }

    DomainRegistration(String domain) {
        this.domain = domain;
    }

    void record(String registrant, boolean realNameVerified, LocalDate expiresOn, String source, Instant now) {
        this.registrant = registrant;
        this.realNameVerified = realNameVerified;
        this.expiresOn = expiresOn;
        this.source = source;
        this.updatedAt = now;
    }

    DomainRecord view() {
        return new DomainRecord(domain, registrant, realNameVerified, expiresOn, source, updatedAt, version);
    }
}
