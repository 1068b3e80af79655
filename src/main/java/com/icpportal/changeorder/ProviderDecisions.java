package com.icpportal.changeorder;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.icpportal.calendar.WorkingCalendar;
import com.icpportal.changeorder.internal.ChangeOrder;
import com.icpportal.changeorder.internal.ChangeOrderRepository;
import com.icpportal.filing.Filings;

/**
 * The provider's transitions of an order, for the review desk: claims (who holds the order), the
 * review decisions, the verification photo's review and the submission to the administration. Each
 * decision names the version it was made on (a decision on a stale order changes nothing) and needs
 * the order's claim.
 */
@Service
public class ProviderDecisions {

    private final ChangeOrderRepository orders;
    private final OrderUpdates updates;
    private final WorkingCalendar calendar;
    private final Filings filings;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ProviderDecisions(
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

    /**
     * Takes the order for the reviewer. When two reviewers claim at once, the database lets one
     * win; the other learns who holds it.
     */
    @Transactional
    public ClaimResult claim(Actor reviewer, UUID orderId) {
        requireReviewer(reviewer);
        updates.load(orderId);
        int claimed = orders.claim(orderId, reviewer.id(), clock.instant());
        ChangeOrder order = updates.load(orderId);
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
            events.publishEvent(new OrderReleased(orderId, updates.load(orderId).reference(), reviewer.id()));
        }
    }

    /** An admin hands the order to another reviewer. */
    @Transactional
    public void reassign(Actor admin, UUID orderId, UUID reviewerId) {
        requireReviewer(admin);
        ChangeOrder order = updates.load(orderId);
        orders.assign(orderId, reviewerId, clock.instant());
        events.publishEvent(
                new OrderReassigned(orderId, order.reference(), admin.id(), order.assigneeId(), reviewerId));
    }

    /** Any order, for staff. */
    @Transactional(readOnly = true)
    public ChangeOrderView find(UUID orderId) {
        return ChangeOrderView.of(updates.load(orderId));
    }

    @Transactional
    public ChangeOrderView pass(Actor reviewer, UUID orderId, long version, String note) {
        return updates.decide(reviewer, orderId, version, order -> order.pass(reviewer, clock.instant(), note));
    }

    @Transactional
    public ChangeOrderView returnForCorrection(
            Actor reviewer, UUID orderId, long version, List<Reason> reasons, String note) {
        return updates.decide(
                reviewer,
                orderId,
                version,
                order -> order.returnForCorrection(reviewer, reasons, clock.instant(), note));
    }

    @Transactional
    public ChangeOrderView reject(Actor reviewer, UUID orderId, long version, List<Reason> reasons, String note) {
        return updates.decide(
                reviewer, orderId, version, order -> order.reject(reviewer, reasons, clock.instant(), note));
    }

    /**
     * Passes the verification step. An order verified in the administration's app has no photo to
     * look at: the reviewer must have seen the verification completed there.
     *
     * @param appVerificationSeen the reviewer confirms having seen the app verification completed
     *     (only asked of orders whose rules verify in the app)
     * @throws AppVerificationNotConfirmedException when the app verification was not confirmed
     */
    @Transactional
    public ChangeOrderView passVerification(Actor reviewer, UUID orderId, long version, boolean appVerificationSeen) {
        Instant now = clock.instant();
        return updates.decide(reviewer, orderId, version, order -> {
            if (order.rules() != null
                    && order.rules().verificationChannel() == com.icpportal.province.VerificationChannel.APP
                    && !appVerificationSeen) {
                throw new AppVerificationNotConfirmedException(order.reference());
            }
            order.passVerification(reviewer, now, calendar.deadline(now, 1));
        });
    }

    @Transactional
    public ChangeOrderView returnVerification(Actor reviewer, UUID orderId, long version, Reason reason) {
        return updates.decide(
                reviewer, orderId, version, order -> order.returnVerification(reviewer, reason, clock.instant()));
    }

    /**
     * Hands the order to the administration: SMS verification (48 clock hours, each required mobile
     * listed) where the snapshot requires it, else the administration's review.
     */
    @Transactional
    public ChangeOrderView submitToAdministration(Actor reviewer, UUID orderId, long version) {
        Instant now = clock.instant();
        return updates.decide(
                reviewer,
                orderId,
                version,
                order -> order.submitToAdministration(
                        reviewer,
                        now,
                        order.rules().smsVerificationRequired()
                                ? now.plus(AdministrationRecords.SMS_WINDOW)
                                : calendar.deadline(now, order.rules().reviewMaxWorkdays()),
                        order.mobilesToVerify(filings.subject(order.subjectId()))));
    }

    private static void requireReviewer(Actor actor) {
        if (actor.role() != ActorRole.REVIEWER) {
            throw new ActorNotAllowedException("queue", actor, Action.PASS);
        }
    }
}
