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

    protected DomainRegistration() {}

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

    String domain() {
        return domain;
    }

    long version() {
        return version;
    }

    /** The names of the values that {@link #record} with these would change. */
    java.util.List<String> differences(
            String registrant, boolean realNameVerified, LocalDate expiresOn, String source) {
        java.util.List<String> changed = new java.util.ArrayList<>();
        if (!registrant.equals(this.registrant)) {
            changed.add("registrant");
        }
        if (realNameVerified != this.realNameVerified) {
            changed.add("real_name_verified");
        }
        if (!expiresOn.equals(this.expiresOn)) {
            changed.add("expires_on");
        }
        if (!source.equals(this.source)) {
            changed.add("source");
        }
        return changed;
    }

    DomainRecord view() {
        return new DomainRecord(domain, registrant, realNameVerified, expiresOn, source, updatedAt, version);
    }
}
