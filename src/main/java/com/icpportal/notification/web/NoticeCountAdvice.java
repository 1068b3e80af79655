package com.icpportal.notification.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import com.icpportal.account.PortalUser;
import com.icpportal.notification.Notifications;

/**
 * The header's "Notices (3)", or "Notices (99+)" for a signed-in user, nothing for anyone else: at
 * most 100 entries of the unread index, read only when a notice or read mark changed on any node
 * since this node last counted ({@link Notifications#unreadNotices}).
 */
@ControllerAdvice
class NoticeCountAdvice {

    static final String UNREAD_NOTICES = "unreadNotices";

    private final Notifications notifications;

    NoticeCountAdvice(Notifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute(UNREAD_NOTICES)
    Integer unreadNotices() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
            return notifications.unreadNotices(user.id());
        }
        return null;
    }
}
