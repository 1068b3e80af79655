package com.icpportal.filing;

import java.time.Instant;
import java.util.UUID;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The values a subject had before an approved change replaced them, and when they were in force. */
@Entity
@Table(name = "filing_subject_version")
class FilingSubjectVersion {

    @Id
    private UUID id;

    private UUID subjectId;

    private int versionNo;

    private Instant validFrom;

    private Instant validTo;

    private String changeReference;

    @Embedded
    private SubjectDetails details;

    protected FilingSubjectVersion() {}

    FilingSubjectVersion(
            UUID subjectId,
            int versionNo,
            Instant validFrom,
            Instant validTo,
            String changeReference,
            SubjectDetails details) {
        this.id = UUID.randomUUID();
        this.subjectId = subjectId;
        this.versionNo = versionNo;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.changeReference = changeReference;
        this.details = details;
    }

    Instant validTo() {
        return validTo;
    }

    SubjectVersion view() {
        return new SubjectVersion(versionNo, validFrom, validTo, changeReference, details);
    }
}
