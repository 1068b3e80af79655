package com.icpportal.filing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A domain an approved change dropped from its website: no longer servable, kept for the record. */
@Entity
@Table(name = "filing_domain_retired")
class RetiredDomain {

    @Id
    private UUID id;

    private UUID websiteId;

    /** ASCII (punycode) form. */
    @Column(name = "name")
    private String name;

    private Instant retiredAt;

    private LocalDate retiredOn;

    private String changeReference;

    protected RetiredDomain() {}

    RetiredDomain(UUID websiteId, String name, Instant retiredAt, LocalDate retiredOn, String changeReference) {
        this.id = UUID.randomUUID();
        this.websiteId = websiteId;
        this.name = name;
        this.retiredAt = retiredAt;
        this.retiredOn = retiredOn;
        this.changeReference = changeReference;
    }

    RetiredDomainView view() {
        return new RetiredDomainView(
                name, com.icpportal.values.DomainName.parse(name).unicode(), retiredOn, changeReference);
    }
}
