package com.icpportal.authority;

import java.time.Instant;
import java.util.UUID;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An order's latest submission to the administration: through which gateway, and when the simulated one decides. */
@Entity
@Table(name = "authority_submission")
class AuthoritySubmission {

    @Id
    private UUID orderId;

    private String gateway;

    private Instant submittedAt;

    private Instant decideAfter;

    private Instant decidedAt;

    protected AuthoritySubmission() {}

    AuthoritySubmission(UUID orderId) {
        this.orderId = orderId;
    }

    /** A (re)submission starts afresh. */
    void submitted(String gateway, Instant now) {
        this.gateway = gateway;
        this.submittedAt = now;
        this.decideAfter = null;
        this.decidedAt = null;
    }

    void decideAfter(Instant when) {
        this.decideAfter = when;
    }

    void decided(Instant now) {
        this.decidedAt = now;
    }

    UUID orderId() {
        return orderId;
    }

    String gateway() {
        return gateway;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    Instant decideAfter() {
        return decideAfter;
    }

    Instant decidedAt() {
        return decidedAt;
    }
}
