package com.icpportal.notification;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import com.icpportal.account.PasswordSetLinkIssued;
import com.icpportal.authority.SmsCodeRequested;
import com.icpportal.changeorder.OrdersOverdue;

/**
 * The messages other modules' events call for, besides the change-order transitions: the
 * simulated administration's verification codes (by SMS), overdue orders (a digest to reviewers) and
 * one-time links to set a password. Each call is idempotent, so a resubmitted publication never
 * sends twice.
 */
@Component
class OtherModuleNotifications {

    private final Notifications notifications;

    OtherModuleNotifications(Notifications notifications) {
        this.notifications = notifications;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(SmsCodeRequested event) {
        notifications.sendVerificationCode(event.orderId(), event.reference(), event.mobile(), event.code(), null);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(OrdersOverdue event) {
        notifications.notifyOverdue(event);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(PasswordSetLinkIssued event) {
        notifications.sendAccountLink(event.accountId(), event.link(), event.expiresAt());
    }
}
