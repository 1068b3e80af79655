package com.icpportal.province;

import java.time.Instant;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/** A top-level domain suffix approved by the MIIT, kept in its ASCII form without the dot. */
@Entity
@Table(name = "approved_domain_suffix")
class ApprovedSuffix implements Persistable<String> {

    @Id
    private String suffix;

    private String unicode;

    private Instant createdAt;

    /** A new suffix is inserted, never merged over an existing row (a race then fails on the key). */
    @Transient
    private boolean fresh;

    protected ApprovedSuffix() {}

    ApprovedSuffix(String suffix, String unicode, Instant createdAt) {
        this.suffix = suffix;
        this.unicode = unicode;
        this.createdAt = createdAt;
        this.fresh = true;
    }

    @Override
    public String getId() {
        return suffix;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    String suffix() {
        return suffix;
    }

    ApprovedSuffixView view() {
        return new ApprovedSuffixView(suffix, unicode, createdAt);
    }
}
