package com.icpportal.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.icpportal.changeorder.Action;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.ActorNotAllowedException;
import com.icpportal.changeorder.ActorRole;
import com.icpportal.changeorder.ChangeOrderView;
import com.icpportal.changeorder.ProviderDecisions;
import com.icpportal.changeorder.Reason;
import com.icpportal.review.internal.ContactLogEntry;
import com.icpportal.review.internal.ContactLogRepository;
import com.icpportal.shared.ReadWriteTransaction;

/**
 * The phone calls reviewers make to applicants about an order, and the rule they serve: an
 * applicant who missed two calls at least an hour apart is unreachable, and only then may the
 * reviewer reject the order for it (through {@link ProviderDecisions}).
 */
@Service
public class ContactLog {

    /** Two unanswered calls at least this far apart make an applicant "unreachable". */
    public static final Duration UNREACHABLE_GAP = Duration.ofHours(1);

    private final ContactLogRepository contacts;
    private final ProviderDecisions decisions;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;

    ContactLog(
            ContactLogRepository contacts,
            ProviderDecisions decisions,
            Clock clock,
            ApplicationEventPublisher events,
            JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.decisions = decisions;
        this.clock = clock;
        this.events = events;
    }

    /** Logs a phone call to the applicant, made now. */
    @Transactional
    public ContactView logCall(Actor reviewer, UUID orderId, ContactOutcome outcome, String note) {
        return logCall(reviewer, orderId, outcome, note, clock.instant());
    }

    /** Logs a phone call made at the given time (a reviewer may log a call after making it; never in the future). */
    @Transactional
    public ContactView logCall(Actor reviewer, UUID orderId, ContactOutcome outcome, String note, Instant calledAt) {
        requireReviewer(reviewer);
        ChangeOrderView order = decisions.find(orderId);
        if (calledAt.isAfter(clock.instant())) {
            throw new IllegalArgumentException("a call cannot be logged in the future");
        }
        ContactView call = contacts.save(new ContactLogEntry(orderId, reviewer.id(), calledAt, outcome, note))
                .view();
        events.publishEvent(new CallLogged(orderId, order.reference(), reviewer.id(), call.id(), outcome));
        return call;
    }

    /**
     * The order's calls, latest first: read as views in one plain statement, except inside a
     * read-write transaction, where the entity query also sees calls it logged and has not written yet.
     */
    // no transaction of its own: one plain statement needs none; the entity query runs in the caller's
    public List<ContactView> calls(UUID orderId) {
        if (ReadWriteTransaction.active()) {
            return contacts.findByOrder(orderId).stream()
                    .map(ContactLogEntry::view)
                    .toList();
        }
        return jdbc.sql("""
                        select id, order_id, reviewer_id, called_at, outcome, note from contact_log
                         where order_id = ? order by called_at desc""")
                .param(orderId)
                .query((row, number) -> new ContactView(
                        row.getObject("id", UUID.class),
                        row.getObject("order_id", UUID.class),
                        row.getObject("reviewer_id", UUID.class),
                        row.getObject("called_at", java.time.OffsetDateTime.class)
                                .toInstant(),
                        ContactOutcome.valueOf(row.getString("outcome")),
                        row.getString("note")))
                .list();
    }

    /** Whether the applicant counts as unreachable: two unanswered calls at least an hour apart. */
    @Transactional(readOnly = true)
    public boolean unreachable(UUID orderId) {
        return unreachable(calls(orderId));
    }

    /** The same answer from the order's calls already read (the case page shows them too: one read, not two). */
    public static boolean unreachable(List<ContactView> calls) {
        List<Instant> unanswered = calls.stream()
                .filter(call -> call.outcome() == ContactOutcome.NO_ANSWER)
                .map(ContactView::calledAt)
                .sorted()
                .toList();
        return !unanswered.isEmpty()
                && !unanswered
                        .get(unanswered.size() - 1)
                        .isBefore(unanswered.get(0).plus(UNREACHABLE_GAP));
    }

    /**
     * Rejects because the applicant cannot be reached: allowed only after two unanswered calls
     * logged at least an hour apart; the reason is about the whole order.
     */
    @Transactional
    public ChangeOrderView rejectUnreachable(Actor reviewer, UUID orderId, long version, Reason reason) {
        if (!unreachable(orderId)) {
            throw new UnreachableNotShownException(decisions.find(orderId).reference());
        }
        return decisions.reject(reviewer, orderId, version, List.of(reason), null);
    }

    private static void requireReviewer(Actor actor) {
        if (actor.role() != ActorRole.REVIEWER) {
            throw new ActorNotAllowedException("queue", actor, Action.PASS);
        }
    }
}
