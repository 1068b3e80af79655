package com.icpportal.changeorder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One order in the applicant's list of orders: what it changes, where it stands, and its dates.
 *
 * @param finishedAt when a finished order reached its outcome (approved, rejected, withdrawn); null while open
 * @param approvedOn the administration's approval date, for an approved order
 */
public record ApplicantOrder(
        UUID id,
        String reference,
        ChangeType type,
        UUID subjectId,
        UUID websiteId,
        OrderState state,
        Instant createdAt,
        Instant submittedAt,
        Instant finishedAt,
        LocalDate approvedOn) {

    public boolean finished() {
        return state.isTerminal();
    }
}
