package com.icpportal.changeorder;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.icpportal.changeorder.internal.ChangeOrder;
import com.icpportal.filing.SubjectDetails;
import com.icpportal.filing.WebsiteDetails;

/** A change order as pages show it, read inside one transaction. */
public record ChangeOrderView(
        UUID id,
        String reference,
        ChangeType type,
        UUID subjectId,
        UUID websiteId,
        UUID applicantId,
        OrderState state,
        long version,
        Instant createdAt,
        Instant submittedAt,
        Instant dueAt,
        SubjectDetails proposedSubject,
        WebsiteDetails proposedWebsite,
        List<String> proposedDomains,
        RulesSnapshot rules,
        List<TransitionView> timeline,
        List<Reason> currentReasons,
        Boolean principalIsLegalRepresentative,
        UUID assigneeId,
        List<SmsMobileView> smsMobiles,
        java.time.LocalDate approvedOn) {

    /** The reasons of the latest return or rejection while the applicant is to act on them; else none. */
    public List<Reason> reasonsToActOn() {
        return state == OrderState.RETURNED || state == OrderState.AUTHORITY_REJECTED ? currentReasons : List.of();
    }

    /** When the order entered its current state (the latest step of the timeline). */
    public Instant enteredStateAt() {
        return timeline.isEmpty()
                ? createdAt
                : timeline.get(timeline.size() - 1).occurredAt();
    }

    static ChangeOrderView of(ChangeOrder order) {
        return new ChangeOrderView(
                order.id(),
                order.reference(),
                order.type(),
                order.subjectId(),
                order.websiteId(),
                order.applicantId(),
                order.state(),
                order.version(),
                order.createdAt(),
                order.submittedAt(),
                order.dueAt(),
                order.proposedSubject(),
                order.proposedWebsite(),
                order.proposedDomains(),
                order.rules(),
                order.timeline(),
                order.currentReasons(),
                order.principalIsLegalRepresentative(),
                order.assigneeId(),
                order.smsMobiles(),
                order.approvedOn());
    }
}
