package com.icpportal.filing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A filed subject (主体) with its ICP number, owned by one applicant account. */
@Entity
@Table(name = "filing_subject")
class FilingSubject {

    @Id
    private UUID id;

    private String icpNumber;

    private String provinceCode;

    private UUID ownerId;

    @Enumerated(EnumType.STRING)
    private FilingStatus status;

    private LocalDate cancelledOn;

    @Embedded
    private SubjectDetails details;

    @Embedded
    private OrderInProcessElsewhere orderInProcess;

    @Version
    private long version;

    private Instant createdAt;

    private Instant updatedAt;

    protected FilingSubject() {}

    FilingSubject(String icpNumber, String provinceCode, UUID ownerId, SubjectDetails details, Instant now) {
        this.id = UUID.randomUUID();
        this.icpNumber = icpNumber;
        this.provinceCode = provinceCode;
        this.ownerId = ownerId;
        this.status = FilingStatus.ACTIVE;
        this.details = details;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void recordOrderInProcess(OrderInProcessElsewhere order, java.time.Instant now) {
        this.orderInProcess = order;
        this.updatedAt = now;
    }

    void assignTo(UUID ownerId, Instant now) {
        this.ownerId = ownerId;
        this.updatedAt = now;
    }

    void cancel(LocalDate on, java.time.Instant now) {
        this.status = FilingStatus.CANCELLED;
        this.cancelledOn = on;
        this.updatedAt = now;
    }

    /** An approved change: the new values replace the filed ones (the caller keeps the old ones in the history). */
    void apply(SubjectDetails approved, Instant now) {
        if (approved.subjectType() != details.subjectType()
                || !approved.certificateNumber().equals(details.certificateNumber())) {
            throw new IllegalArgumentException(
                    "the subject type and certificate number of " + icpNumber + " are fixed");
        }
        this.details = approved;
        this.updatedAt = now;
    }

    Instant createdAt() {
        return createdAt;
    }

    UUID id() {
        return id;
    }

    String icpNumber() {
        return icpNumber;
    }

    String provinceCode() {
        return provinceCode;
    }

    UUID ownerId() {
        return ownerId;
    }

    FilingStatus status() {
        return status;
    }

    LocalDate cancelledOn() {
        return cancelledOn;
    }

    SubjectDetails details() {
        return details;
    }

    OrderInProcessElsewhere orderInProcess() {
        return orderInProcess;
    }

    long version() {
        return version;
    }
}
