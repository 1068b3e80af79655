package com.icpportal.changeorder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.icpportal.calendar.WorkingCalendar;
import com.icpportal.web.NotFoundException;

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

    private final ChangeOrderRepository orders;
    private final WorkingCalendar calendar;
    private final Clock clock;

    ChangeOrderDecisions(ChangeOrderRepository orders, WorkingCalendar calendar, Clock clock) {
        this.orders = orders;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ChangeOrderView find(UUID orderId) {
        return ChangeOrderView.of(load(orderId));
    }

    @Transactional
    public ChangeOrderView pass(Actor reviewer, UUID orderId, long version, String note) {
        return decide(orderId, version, order -> order.pass(reviewer, clock.instant(), note));
    }

    @Transactional
    public ChangeOrderView returnForCorrection(Actor reviewer, UUID orderId, long version, List<Reason> reasons,
            String note) {
        return decide(orderId, version, order -> order.returnForCorrection(reviewer, reasons, clock.instant(), note));
    }

    @Transactional
    public ChangeOrderView reject(Actor reviewer, UUID orderId, long version, List<Reason> reasons, String note) {
        return decide(orderId, version, order -> order.reject(reviewer, reasons, clock.instant(), note));
    }

    @Transactional
    public ChangeOrderView passVerification(Actor reviewer, UUID orderId, long version) {
        Instant now = clock.instant();
        return decide(orderId, version, order -> order.passVerification(reviewer, now, calendar.deadline(now, 1)));
    }

    @Transactional
    public ChangeOrderView returnVerification(Actor reviewer, UUID orderId, long version, Reason reason) {
        return decide(orderId, version, order -> order.returnVerification(reviewer, reason, clock.instant()));
    }

    /** Hands the order to the administration: SMS verification (48 hours) where the snapshot requires it. */
    @Transactional
    public ChangeOrderView submitToAdministration(Actor reviewer, UUID orderId, long version) {
        Instant now = clock.instant();
        return decide(orderId, version, order -> order.submitToAdministration(reviewer, now,
                order.rules().smsVerificationRequired() ? now.plus(SMS_WINDOW)
                        : calendar.deadline(now, order.rules().reviewMaxWorkdays())));
    }

    @Transactional
    public ChangeOrderView recordSmsVerified(Actor authority, UUID orderId, long version) {
        Instant now = clock.instant();
        return decide(orderId, version, order -> order.smsVerified(authority, now,
                calendar.deadline(now, order.rules().reviewMaxWorkdays())));
    }

    @Transactional
    public ChangeOrderView recordSmsFailed(Actor authority, UUID orderId, long version, Reason reason) {
        return decide(orderId, version, order -> order.smsFailed(authority, reason, clock.instant()));
    }

    @Transactional
    public ChangeOrderView recordApproval(Actor authority, UUID orderId, long version, String note) {
        return decide(orderId, version, order -> order.approve(authority, clock.instant(), note));
    }

    @Transactional
    public ChangeOrderView recordRejection(Actor authority, UUID orderId, long version, List<Reason> reasons,
            String note) {
        return decide(orderId, version, order -> order.rejectByAuthority(authority, reasons, clock.instant(), note));
    }

    private ChangeOrderView decide(UUID orderId, long version, Consumer<ChangeOrder> decision) {
        ChangeOrder order = load(orderId);
        if (order.version() != version) {
            throw new ObjectOptimisticLockingFailureException(ChangeOrder.class, orderId);
        }
        decision.accept(order);
        return ChangeOrderView.of(orders.saveAndFlush(order));
    }

    private ChangeOrder load(UUID orderId) {
        return orders.findById(orderId).orElseThrow(() -> new NotFoundException("order " + orderId));
    }
}
