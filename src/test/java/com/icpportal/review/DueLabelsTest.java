package com.icpportal.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.icpportal.changeorder.OrderState;
import com.icpportal.support.PortalTest;

/** Rows without a deadline say why: closed orders are closed, not "the applicant's turn" (the Done tab). */
@PortalTest
class DueLabelsTest {

    @Autowired
    DueLabels dueLabels;

    @Test
    void closedOrdersAndTheAdministrationsTurnAreNotTheApplicantsTurn() {
        List<DueLabel> labels = dueLabels.labels(
                Arrays.asList(null, null, null, null, null),
                List.of(
                        OrderState.APPROVED,
                        OrderState.WITHDRAWN,
                        OrderState.PROVIDER_REJECTED,
                        OrderState.AUTHORITY_REVIEW,
                        OrderState.RETURNED),
                Instant.parse("2026-12-03T02:00:00Z"),
                Locale.ENGLISH);
        assertThat(labels)
                .extracting(DueLabel::messageKey)
                .containsExactly(
                        "queue.due.closed.APPROVED",
                        "queue.due.closed.WITHDRAWN",
                        "queue.due.closed.PROVIDER_REJECTED",
                        "queue.due.administration",
                        "queue.due.none");
    }
}
