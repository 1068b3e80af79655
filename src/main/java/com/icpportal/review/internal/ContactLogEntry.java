package com.icpportal.review.internal;

import java.time.Instant;
import java.util.UUID;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.icpportal.review.ContactOutcome;
import com.icpportal.review.ContactView;

/** A phone call a reviewer made to the applicant about an order (the {@code contact_log} table, review's own). */
@Entity
@Table(name = "contact_log")
public class ContactLogEntry {

    @Id
    private UUID id;

    private UUID orderId;

    private UUID reviewerId;

    private Instant calledAt;

    @Enumerated(EnumType.STRING)
    private ContactOutcome outcome;

    private String note;

    protected ContactLogEntry() {}

    public ContactLogEntry(UUID orderId, UUID reviewerId, Instant calledAt, ContactOutcome outcome, String note) {
        this.id = UUID.randomUUID();
        this.orderId = orderId;
        this.reviewerId = reviewerId;
        this.calledAt = calledAt;
        this.outcome = outcome;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    public ContactView view() {
        return new ContactView(id, orderId, reviewerId, calledAt, outcome, note);
    }
}
