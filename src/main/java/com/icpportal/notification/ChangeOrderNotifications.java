package com.icpportal.notification;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import com.icpportal.changeorder.ChangeOrderEvent;
import com.icpportal.changeorder.ChangeOrderView;
import com.icpportal.changeorder.OrderState;
import com.icpportal.changeorder.Reason;

/**
 * Tells the applicant what happened to their order. Runs after the order's transaction committed,
 * in its own; the event publication registry stored the event in the order's transaction, so a
 * crash or a mail server that is down only delays the message (the publication stays incomplete
 * and is resubmitted), and the outbox's unique keys make the retry send nothing twice.
 */
@Component
class ChangeOrderNotifications {

    private static final Set<Channel> NOTICE = EnumSet.of(Channel.NOTICE);
    private static final Set<Channel> MAIL = EnumSet.of(Channel.EMAIL, Channel.NOTICE);
    private static final Set<Channel> ALL = EnumSet.of(Channel.EMAIL, Channel.SMS, Channel.NOTICE);

    private final Notifications notifications;

    ChangeOrderNotifications(Notifications notifications) {
        this.notifications = notifications;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ChangeOrderEvent event) {
        if (event instanceof ChangeOrderEvent.Started) {
            return;
        }
        ChangeOrderView order = notifications.order(event.orderId());
        if (event instanceof ChangeOrderEvent.Submitted e) {
            send(NotificationKind.SUBMITTED, e, order, e.dueAt(), List.of(), MAIL);
        } else if (event instanceof ChangeOrderEvent.Resubmitted e) {
            send(NotificationKind.RESUBMITTED, e, order, e.dueAt(), List.of(), MAIL);
        } else if (event instanceof ChangeOrderEvent.Revised e) {
            send(NotificationKind.RESUBMITTED, e, order, e.dueAt(), List.of(), MAIL);
        } else if (event instanceof ChangeOrderEvent.ReturnedForCorrection e) {
            send(NotificationKind.RETURNED, e, order, null, e.reasons(), ALL);
        } else if (event instanceof ChangeOrderEvent.RejectedByProvider e) {
            send(NotificationKind.PROVIDER_REJECTED, e, order, null, e.reasons(), ALL);
        } else if (event instanceof ChangeOrderEvent.PassedProviderReview e) {
            send(NotificationKind.PHOTO_NEEDED, e, order, null, List.of(), ALL);
        } else if (event instanceof ChangeOrderEvent.VerificationSubmitted e) {
            send(NotificationKind.PHOTO_RECEIVED, e, order, e.dueAt(), List.of(), NOTICE);
        } else if (event instanceof ChangeOrderEvent.VerificationPassed e) {
            send(NotificationKind.VERIFICATION_PASSED, e, order, e.dueAt(), List.of(), NOTICE);
        } else if (event instanceof ChangeOrderEvent.VerificationReturned e) {
            send(NotificationKind.PHOTO_RETURNED, e, order, null, e.reasons(), ALL);
        } else if (event instanceof ChangeOrderEvent.SubmittedToAdministration e) {
            boolean sms = e.nextState() == OrderState.SMS_VERIFICATION;
            send(
                    sms ? NotificationKind.SMS_VERIFICATION_STARTED : NotificationKind.SUBMITTED_TO_ADMINISTRATION,
                    e,
                    order,
                    dueWhileIn(order, e.nextState()),
                    List.of(),
                    sms ? ALL : MAIL);
        } else if (event instanceof ChangeOrderEvent.SmsVerificationCompleted e) {
            send(NotificationKind.SMS_VERIFICATION_COMPLETED, e, order, null, List.of(), NOTICE);
        } else if (event instanceof ChangeOrderEvent.SmsVerificationFailed e) {
            send(NotificationKind.SMS_VERIFICATION_FAILED, e, order, null, e.reasons(), ALL);
        } else if (event instanceof ChangeOrderEvent.Approved e) {
            send(NotificationKind.APPROVED, e, order, null, List.of(), ALL);
        } else if (event instanceof ChangeOrderEvent.RejectedByAdministration e) {
            send(NotificationKind.REJECTED_BY_ADMINISTRATION, e, order, null, e.reasons(), ALL);
        } else if (event instanceof ChangeOrderEvent.Withdrawn e) {
            send(NotificationKind.WITHDRAWN, e, order, null, List.of(), MAIL);
        }
    }

    /** The 24-hours-before reminder of the SMS verification deadline: text, email and notice. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(SmsDeadlineApproaching event) {
        ChangeOrderView order = notifications.order(event.orderId());
        send(NotificationKind.SMS_DEADLINE_REMINDER, event, order, event.dueAt(), List.of(), ALL);
    }

    private void send(
            NotificationKind kind,
            Object event,
            ChangeOrderView order,
            Instant due,
            List<Reason> reasons,
            Set<Channel> channels) {
        notifications.notifyApplicant(kind, event, order, due, reasons, channels);
    }

    /** The deadline of the state the event led to, when the order is still in it. */
    private static Instant dueWhileIn(ChangeOrderView order, OrderState state) {
        return order.state() == state ? order.dueAt() : null;
    }
}
