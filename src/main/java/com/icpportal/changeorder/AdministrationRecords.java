package com.icpportal.changeorder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.icpportal.calendar.WorkingCalendar;
import com.icpportal.changeorder.internal.ChangeOrder;
import com.icpportal.changeorder.internal.ChangeOrderRepository;
import com.icpportal.filing.Filings;
import com.icpportal.values.MobileNumber;

/**
 * The administration's transitions of an order, as the authority module records them (staff with
 * the manual gateway, the simulated administration by itself): each principal's SMS verification,
 * wrong codes, the 48-hour deadline, the approval (copied onto the filing) and the rejection.
 */
@Service
public class AdministrationRecords {

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

    /** The reason of an order whose filing an admin cancelled while it was with the administration. */
    public static final Reason FILING_CANCELLED = Reason.generalMessage(
            "order.reason.filingCancelled",
            "The filing was cancelled while the change was with the administration, so it cannot be approved.");

    private final ChangeOrderRepository orders;
    private final OrderUpdates updates;
    private final WorkingCalendar calendar;
    private final Filings filings;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AdministrationRecords(
            ChangeOrderRepository orders,
            OrderUpdates updates,
            WorkingCalendar calendar,
            Filings filings,
            Clock clock,
            ApplicationEventPublisher events) {
        this.orders = orders;
        this.updates = updates;
        this.calendar = calendar;
        this.filings = filings;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public ChangeOrderView find(UUID orderId) {
        return ChangeOrderView.of(updates.load(orderId));
    }

    /** The order with this reference, if any (the administration knows orders by reference). */
    @Transactional(readOnly = true)
    public Optional<ChangeOrderView> findByReference(String reference) {
        return orders.findByReference(reference).map(ChangeOrderView::of);
    }

    /** Every required mobile verified at once (kept for callers that record the whole step). */
    @Transactional
    public ChangeOrderView recordSmsVerified(Actor authority, UUID orderId, long version) {
        Instant now = clock.instant();
        return updates.decide(
                null, orderId, version, order -> order.smsVerified(authority, now, reviewDue(order, now)));
    }

    /** Staff record, on the order's version, that one principal's mobile was verified. */
    @Transactional
    public ChangeOrderView recordMobileVerified(Actor authority, UUID orderId, long version, String mobile) {
        return verifyMobile(authority, updates.atVersion(orderId, version), mobile);
    }

    /** The administration reports that one mobile was verified (whatever the order's version). */
    @Transactional
    public ChangeOrderView recordMobileVerified(Actor authority, UUID orderId, String mobile) {
        return verifyMobile(authority, updates.load(orderId), mobile);
    }

    /**
     * A wrong SMS code for one mobile, counted; the {@value #SMS_MAX_WRONG_ATTEMPTS}th rejects the
     * order with {@link #SMS_ATTEMPTS_EXHAUSTED}.
     */
    @Transactional
    public ChangeOrderView recordWrongSmsCode(Actor authority, UUID orderId, String mobile) {
        ChangeOrder order = updates.load(orderId);
        if (rejectIfSmsDeadlinePassed(order, clock.instant())) {
            return updates.save(order);
        }
        int attempt =
                order.refuseSmsCode(authority, mobile, clock.instant(), SMS_MAX_WRONG_ATTEMPTS, SMS_ATTEMPTS_EXHAUSTED);
        ChangeOrderView saved = updates.save(order);
        events.publishEvent(
                new SmsCodeRefused(orderId, order.reference(), masked(mobile), attempt, SMS_MAX_WRONG_ATTEMPTS));
        return saved;
    }

    @Transactional
    public ChangeOrderView recordSmsFailed(Actor authority, UUID orderId, long version, Reason reason) {
        return updates.decide(null, orderId, version, order -> order.smsFailed(authority, reason, clock.instant()));
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
            ChangeOrder order = updates.load(orderId);
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

    /**
     * The administration's approval on the given date.
     *
     * @throws ApprovalDateInvalidException when {@code approvedOn} is missing or after today in China
     * @throws FilingCancelledException when an admin cancelled the filing meanwhile
     */
    @Transactional
    public ChangeOrderView recordApproval(
            Actor authority, UUID orderId, long version, LocalDate approvedOn, String note) {
        Instant now = clock.instant();
        ChangeOrderView current = find(orderId);
        if (approvedOn == null) {
            throw new ApprovalDateInvalidException(current.reference(), null, "administration.approvedOn.missing");
        }
        if (approvedOn.isAfter(LocalDate.ofInstant(now, calendar.zone()))) {
            throw new ApprovalDateInvalidException(current.reference(), approvedOn, "administration.approvedOn.future");
        }
        // A filing cancelled meanwhile takes no approval: applying it would revive a cancelled filing.
        if (filings.subject(current.subjectId()).cancelledOn() != null) {
            throw new FilingCancelledException(current.reference());
        }
        ChangeOrderView approved =
                updates.decide(null, orderId, version, order -> order.approve(authority, now, approvedOn, note));
        // The filing's new version and its retired domains date from the approval, not from its recording.
        Instant approvedAt = approvedOn.equals(LocalDate.ofInstant(now, calendar.zone()))
                ? now
                : approvedOn.atStartOfDay(calendar.zone()).toInstant();
        applyToFiling(approved, approvedAt);
        return approved;
    }

    /** Whether an admin cancelled the filing the order changes (an approval would then be refused). */
    @Transactional(readOnly = true)
    public boolean filingCancelled(UUID orderId) {
        return filings.subject(find(orderId).subjectId()).cancelledOn() != null;
    }

    @Transactional
    public ChangeOrderView recordRejection(
            Actor authority, UUID orderId, long version, List<Reason> reasons, String note) {
        return updates.decide(
                null, orderId, version, order -> order.rejectByAuthority(authority, reasons, clock.instant(), note));
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

    private ChangeOrderView verifyMobile(Actor authority, ChangeOrder order, String mobile) {
        Instant now = clock.instant();
        if (rejectIfSmsDeadlinePassed(order, now)) {
            return updates.save(order);
        }
        boolean all = order.verifyMobile(authority, mobile, now, reviewDue(order, now));
        ChangeOrderView saved = updates.save(order);
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

    private static String masked(String mobile) {
        return MobileNumber.isValid(mobile) ? MobileNumber.parse(mobile).masked() : "***";
    }
}
