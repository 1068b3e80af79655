package com.icpportal.filing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A filed website (网站) of a subject, with its website ICP number (the subject's plus {@code -N}). */
@Entity
@Table(name = "filing_website")
class FilingWebsite {

    @Id
    private UUID id;

    private UUID subjectId;

    private String icpNumber;

    @Enumerated(EnumType.STRING)
    private FilingStatus status;

    @Embedded
    private WebsiteDetails details;

    /** ASCII (punycode) forms, in the order filed. */
    @ElementCollection
    @CollectionTable(name = "filing_website_domain", joinColumns = @JoinColumn(name = "website_id"))
    @OrderColumn(name = "position")
    @Column(name = "name")
    private List<String> domains = new ArrayList<>();

    @Version
    private long version;

    private Instant createdAt;

    private Instant updatedAt;

    protected FilingWebsite() {}

    FilingWebsite(UUID subjectId, String icpNumber, WebsiteDetails details, List<String> asciiDomains, Instant now) {
        this.id = UUID.randomUUID();
        this.subjectId = subjectId;
        this.icpNumber = icpNumber;
        this.status = FilingStatus.ACTIVE;
        this.details = details;
        this.domains = new ArrayList<>(asciiDomains);
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** An approved change of the website's values (the domains change through {@link #replaceDomains}). */
    void apply(WebsiteDetails approved, Instant now) {
        this.details = approved;
        this.updatedAt = now;
    }

    /** Empties the domain list; the caller flushes before adding the new list (the names are unique). */
    void clearDomains() {
        this.domains.clear();
    }

    void addDomains(List<String> asciiDomains, Instant now) {
        this.domains.addAll(asciiDomains);
        this.updatedAt = now;
    }

    Instant createdAt() {
        return createdAt;
    }

    UUID id() {
        return id;
    }

    UUID subjectId() {
        return subjectId;
    }

    String icpNumber() {
        return icpNumber;
    }

    FilingStatus status() {
        return status;
    }

    WebsiteDetails details() {
        return details;
    }

    List<String> domains() {
        return List.copyOf(domains);
    }
}
