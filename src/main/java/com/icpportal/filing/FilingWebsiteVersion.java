package com.icpportal.filing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The values and domains a website had before an approved change replaced them. */
@Entity
@Table(name = "filing_website_version")
class FilingWebsiteVersion {

    @Id
    private UUID id;

    private UUID websiteId;

    private int versionNo;

    private Instant validFrom;

    private Instant validTo;

    private String changeReference;

    @Embedded
    private WebsiteDetails details;

    /** ASCII forms, in the order filed. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> domains = new ArrayList<>();

    protected FilingWebsiteVersion() {}

    FilingWebsiteVersion(
            UUID websiteId,
            int versionNo,
            Instant validFrom,
            Instant validTo,
            String changeReference,
            WebsiteDetails details,
            List<String> domains) {
        this.id = UUID.randomUUID();
        this.websiteId = websiteId;
        this.versionNo = versionNo;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.changeReference = changeReference;
        this.details = details;
        this.domains = new ArrayList<>(domains);
    }

    Instant validTo() {
        return validTo;
    }

    WebsiteVersion view() {
        return new WebsiteVersion(versionNo, validFrom, validTo, changeReference, details, List.copyOf(domains));
    }
}
