package com.icpportal.changeorder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.icpportal.calendar.WorkingCalendar;
import com.icpportal.filing.Filings;
import com.icpportal.shared.NotFoundException;
import com.icpportal.values.MobileNumber;

/**
 * The provider's and the administration's side of change orders: review decisions, the
 * verification photo, submission to the administration, and the administration's decisions
 * (recorded by staff with the manual gateway). Each call names the version the decision was
 * made on: a decision on a stale order changes nothing.
 */
@Service
public class ChangeOrderDecisions {

    /** The administration texts the principals, who must verify within 48 clock hours. */
    public static final Duration SMS_WINDOW = Duration.ofHours(48);

    /** The fifth wrong code for a mobile rejects the order (current practice of the administrations). */
    public static final int SMS_MAX_WRONG_ATTEMPTS = 5;

    /** The reason of an order whose 48 hours passed without every mobile verified. */
    public static final Reason SMS_DEADLINE_MISSED = Reason.generalMessage(
            "order.reason.smsDeadlineMissed", "The SMS verification was not completed within 48 hours.");

    /** The reason of an order whose code was entered wrongly too often. */
    public static final Reason SMS_ATTEMPTS_EXHAUSTED = Reason.generalMessage(
            "order.reason.smsAttemptsExhausted", "A wrong SMS verification code was entered five times.");

    /** Two unanswered calls at least this far apart make an applicant "unreachable". */
    public static final Duration UNREACHABLE_GAP = Duration.ofHours(1);

    private final ChangeOrderRepository orders;
    private final ContactLogRepository contacts;
    private final WorkingCalendar calendar;
    private final Filings filings;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ChangeOrderDecisions(
            ChangeOrderRepository orders,
            ContactLogRepository contacts,
            WorkingCalendar calendar,
            Filings filings,
            Clock clock,
            ApplicationEventPublisher events) {
        this.orders = orders;
        this.contacts = contacts;
        this.calendar = calendar;
        this.filings = filings;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Takes the order for the reviewer. When two reviewers claim at once, the database lets one
     * win; the other learns who holds it.
     */
    @Transactional
    public ClaimResult claim(Actor reviewer, UUID orderId) {
        requireReviewer(reviewer);
        load(orderId);
        int claimed = orders.claim(orderId, reviewer.id(), clock.instant());
        ChangeOrder order = load(orderId);
        UUID holder = order.assigneeId();
        if (claimed == 1) {
            events.publishEvent(new OrderClaimed(orderId, order.reference(), reviewer.id()));
        }
        return new ClaimResult(claimed == 1 || reviewer.id().equals(holder), holder);
    }

    /** Gives the order back to the queue (only its holder can). */
    @Transactional
    public void release(Actor reviewer, UUID orderId) {
        requireReviewer(reviewer);
        if (orders.release(orderId, reviewer.id()) == 1) {
            events.publishEvent(new OrderReleased(orderId, load(orderId).reference(), reviewer.id()));
        }
    }

    /** An admin hands the order to another reviewer. */
    @Transactional
    public void reassign(Actor admin, UUID orderId, UUID reviewerId) {
        requireReviewer(admin);
        ChangeOrder order = load(orderId);
        orders.assign(orderId, reviewerId, clock.instant());
        events.publishEvent(
                new OrderReassigned(orderId, order.reference(), admin.id(), order.assigneeId(), reviewerId));
    }

    /** Logs a phone call to the applicant, made now. */
    @Transactional
    public ContactView logCall(Actor reviewer, UUID orderId, ContactOutcome outcome, String note) {
        return logCall(reviewer, orderId, outcome, note, clock.instant());
    }

    /** Logs a phone call made at the given time (a reviewer may log a call after making it; never in the future). */
    @Transactional
    public ContactView logCall(
            Actor reviewer, UUID orderId, ContactOutcome outcome, String note, java.time.Instant calledAt) {
        requireReviewer(reviewer);
        ChangeOrder order = load(orderId);
        if (calledAt.isAfter(clock.instant())) {
            throw new IllegalArgumentException("a call cannot be logged in the future");
        }
        ContactView call = contacts.save(new ContactLogEntry(orderId, reviewer.id(), calledAt, outcome, note))
                .view();
        events.publishEvent(new CallLogged(orderId, order.reference(), reviewer.id(), call.id(), outcome));
        return call;
    }

    @Transactional(readOnly = true)
    public java.util.List<ContactView> calls(UUID orderId) {
        return contacts.findByOrder(orderId).stream().map(ContactLogEntry::view).toList();
    }

    /** Whether the applicant counts as unreachable: two unanswered calls at least an hour apart. */
    @Transactional(readOnly = true)
    public boolean unreachable(UUID orderId) {
        java.util.List<java.time.Instant> unanswered = contacts.findByOrder(orderId).stream()
                .map(ContactLogEntry::view)
                .filter(call -> call.outcome() == ContactOutcome.NO_ANSWER)
                .map(ContactView::calledAt)
                .sorted()
                .toList();
        return !unanswered.isEmpty()
                && !unanswered
                        .get(unanswered.size() - 1)
                        .isBefore(unanswered.get(0).plus(UNREACHABLE_GAP));
    }

    @Transactional(readOnly = true)
    public ChangeOrderView find(UUID orderId) {
        return ChangeOrderView.of(load(orderId));
    }

    /** The order with this reference, if any (the administration knows orders by reference). */
    @Transactional(readOnly = true)
    public java.util.Optional<ChangeOrderView> findByReference(String reference) {
        return orders.findByReference(reference).map(ChangeOrderView::of);
    }

    @Transactional
    public ChangeOrderView pass(Actor reviewer, UUID orderId, long version, String note) {
        return decide(reviewer, orderId, version, order -> order.pass(reviewer, clock.instant(), note));
    }

    @Transactional
    public ChangeOrderView returnForCorrection(
            Actor reviewer, UUID orderId, long version, List<Reason> reasons, String note) {
        return decide(
                reviewer,
                orderId,
                version,
                order -> order.returnForCorrection(reviewer, reasons, clock.instant(), note));
    }

    @Transactional
    public ChangeOrderView reject(Actor reviewer, UUID orderId, long version, List<Reason> reasons, String note) {
        return decide(reviewer, orderId, version, order -> order.reject(reviewer, reasons, clock.instant(), note));
    }

    /**
     * Rejects because the applicant cannot be reached: allowed only after two unanswered calls
     * logged at least an hour apart; the reason is about the whole order.
     */
    @Transactional
    public ChangeOrderView rejectUnreachable(Actor reviewer, UUID orderId, long version, Reason reason) {
        if (!unreachable(orderId)) {
            throw new UnreachableNotShownException(load(orderId).reference());
        }
        return decide(
                reviewer, orderId, version, order -> order.reject(reviewer, List.of(reason), clock.instant(), null));
    }

    @Transactional
    public ChangeOrderView passVerification(Actor reviewer, UUID orderId, long version) {
        Instant now = clock.instant();
        return decide(
                reviewer, orderId, version, order -> order.passVerification(reviewer, now, calendar.deadline(now, 1)));
    }

    @Transactional
    public ChangeOrderView returnVerification(Actor reviewer, UUID orderId, long version, Reason reason) {
        return decide(reviewer, orderId, version, order -> order.returnVerification(reviewer, reason, clock.instant()));
    }

    /**
     * Hands the order to the administration: SMS verification (48 clock hours, each required mobile
     * listed) where the snapshot requires it, else the administration's review.
     */
    @Transactional
    public ChangeOrderView submitToAdministration(Actor reviewer, UUID orderId, long version) {
        Instant now = clock.instant();
        return decide(
                reviewer,
                orderId,
                version,
                order -> order.submitToAdministration(
                        reviewer,
                        now,
                        order.rules().smsVerificationRequired() ? now.plus(SMS_WINDOW) : reviewDue(order, now),
                        order.mobilesToVerify(filings.subject(order.subjectId()))));
    }

    /** Every required mobile verified at once (kept for callers that record the whole step). */
    @Transactional
    public ChangeOrderView recordSmsVerified(Actor authority, UUID orderId, long version) {
        Instant now = clock.instant();
        return decide(orderId, version, order -> order.smsVerified(authority, now, reviewDue(order, now)));
    }

    /** Staff record, on the order's version, that one principal's mobile was verified. */
    @Transactional
    public ChangeOrderView recordMobileVerified(Actor authority, UUID orderId, long version, String mobile) {
        return verifyMobile(authority, lockedAt(orderId, version), mobile);
    }

    /** The administration reports that one mobile was verified (whatever the order's version). */
    @Transactional
    public ChangeOrderView recordMobileVerified(Actor authority, UUID orderId, String mobile) {
        return verifyMobile(authority, load(orderId), mobile);
    }

    /**
     * A wrong SMS code for one mobile, counted; the {@value #SMS_MAX_WRONG_ATTEMPTS}th rejects the
     * order with {@link #SMS_ATTEMPTS_EXHAUSTED}.
     */
    @Transactional
    public ChangeOrderView recordWrongSmsCode(Actor authority, UUID orderId, String mobile) {
        ChangeOrder order = load(orderId);
        if (rejectIfSmsDeadlinePassed(order, clock.instant())) {
            return ChangeOrderView.of(orders.saveAndFlush(order));
        }
        int attempt =
                order.refuseSmsCode(authority, mobile, clock.instant(), SMS_MAX_WRONG_ATTEMPTS, SMS_ATTEMPTS_EXHAUSTED);
        ChangeOrderView saved = ChangeOrderView.of(orders.saveAndFlush(order));
        events.publishEvent(
                new SmsCodeRefused(orderId, order.reference(), masked(mobile), attempt, SMS_MAX_WRONG_ATTEMPTS));
        return saved;
    }

    @Transactional
    public ChangeOrderView recordSmsFailed(Actor authority, UUID orderId, long version, Reason reason) {
        return decide(orderId, version, order -> order.smsFailed(authority, reason, clock.instant()));
    }

    /**
     * Rejects every SMS_VERIFICATION order whose 48 hours have passed (at most {@code limit}).
     * The rows are locked with SKIP LOCKED, so two nodes running this at once never reject one
     * order twice: the second skips what the first holds, and finds it no longer waiting after.
     *
     * @return the orders rejected
     */
    @Transactional
    public List<UUID> expireSmsVerifications(int limit) {
        Instant now = clock.instant();
        List<UUID> expired = orders.lockSmsVerificationsDueBy(now, limit);
        for (UUID orderId : expired) {
            ChangeOrder order = load(orderId);
            order.smsFailed(Actor.authority(null), SMS_DEADLINE_MISSED, now);
            orders.saveAndFlush(order);
        }
        return expired;
    }

    /** The administration's approval, dated today in China's time. */
    @Transactional
    public ChangeOrderView recordApproval(Actor authority, UUID orderId, long version, String note) {
        return recordApproval(authority, orderId, version, LocalDate.now(clock.withZone(calendar.zone())), note);
    }

    /** The administration's approval on the given date (not in the future). */
    @Transactional
    public ChangeOrderView recordApproval(
            Actor authority, UUID orderId, long version, LocalDate approvedOn, String note) {
        Instant now = clock.instant();
        ChangeOrderView approved = decide(orderId, version, order -> order.approve(authority, now, approvedOn, note));
        applyToFiling(approved, now);
        return approved;
    }

    /** Copies the approved proposal onto the filing, which keeps its previous version and retires dropped domains. */
    private void applyToFiling(ChangeOrderView approved, Instant approvedAt) {
        if (approved.type() == ChangeType.SUBJECT_CHANGE) {
            filings.applyApprovedSubjectChange(
                    approved.subjectId(), approved.proposedSubject(), approved.reference(), approvedAt);
        } else {
            filings.applyApprovedWebsiteChange(
                    approved.websiteId(),
                    approved.proposedWebsite(),
                    approved.proposedDomains(),
                    approved.reference(),
                    approvedAt);
        }
    }

    @Transactional
    public ChangeOrderView recordRejection(
            Actor authority, UUID orderId, long version, List<Reason> reasons, String note) {
        return decide(orderId, version, order -> order.rejectByAuthority(authority, reasons, clock.instant(), note));
    }

    private ChangeOrderView verifyMobile(Actor authority, ChangeOrder order, String mobile) {
        Instant now = clock.instant();
        if (rejectIfSmsDeadlinePassed(order, now)) {
            return ChangeOrderView.of(orders.saveAndFlush(order));
        }
        boolean all = order.verifyMobile(authority, mobile, now, reviewDue(order, now));
        ChangeOrderView saved = ChangeOrderView.of(orders.saveAndFlush(order));
        events.publishEvent(new MobileVerified(order.id(), order.reference(), authority.id(), masked(mobile), all));
        return saved;
    }

    /**
     * A verification (or wrong code) reported once the 48 hours have passed comes too late, even
     * when the expiry job has not run yet: the order is rejected as the job would reject it.
     */
    private static boolean rejectIfSmsDeadlinePassed(ChangeOrder order, Instant now) {
        if (order.state() == OrderState.SMS_VERIFICATION && order.dueAt() != null && !now.isBefore(order.dueAt())) {
            order.smsFailed(Actor.authority(null), SMS_DEADLINE_MISSED, now);
            return true;
        }
        return false;
    }

    private Instant reviewDue(ChangeOrder order, Instant now) {
        return calendar.deadline(now, order.rules().reviewMaxWorkdays());
    }

    private ChangeOrder lockedAt(UUID orderId, long version) {
        ChangeOrder order = load(orderId);
        if (order.version() != version) {
            throw new ObjectOptimisticLockingFailureException(ChangeOrder.class, orderId);
        }
        return order;
    }

    private static String masked(String mobile) {
        return MobileNumber.isValid(mobile) ? MobileNumber.parse(mobile).masked() : "***";
    }

    private ChangeOrderView decide(UUID orderId, long version, Consumer<ChangeOrder> decision) {
        return decide(null, orderId, version, decision);
    }

    /** A reviewer's decision: only on the version it was made on, and only by the reviewer holding the order. */
    private ChangeOrderView decide(Actor reviewer, UUID orderId, long version, Consumer<ChangeOrder> decision) {
        ChangeOrder order = load(orderId);
        if (order.version() != version) {
            throw new ObjectOptimisticLockingFailureException(ChangeOrder.class, orderId);
        }
        if (reviewer != null
                && reviewer.role() == ActorRole.REVIEWER
                && !reviewer.id().equals(order.assigneeId())) {
            throw new NotClaimedException(order.reference());
        }
        decision.accept(order);
        return ChangeOrderView.of(orders.saveAndFlush(order));
    }

    private static void requireReviewer(Actor actor) {
        if (actor.role() != ActorRole.REVIEWER) {
            throw new ActorNotAllowedException("queue", actor, Action.PASS);
        }
    }

    private ChangeOrder load(UUID orderId) {
        return orders.findById(orderId).orElseThrow(() -> new NotFoundException("order " + orderId));
    }
}
