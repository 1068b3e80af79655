package com.icpportal.notification.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.icpportal.account.PortalUser;
import com.icpportal.notification.NoticePage;
import com.icpportal.notification.Notifications;

/**
 * Every signed-in user's own notices: newest first in pages with an "Older" link (keyset on
 * created_at and id), worded in the reader's language now; unread marked, mark one or all as read.
 */
@Controller
class NoticesController {

    private final Notifications notifications;

    NoticesController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notices")
    String notices(
            @AuthenticationPrincipal PortalUser user,
            @RequestParam(required = false) String before,
            @RequestParam(required = false) String beforeId,
            Locale locale,
            Model model) {
        NoticePage.Cursor cursor = cursor(before, beforeId);
        NoticePage page = notifications.notices(user.id(), locale, cursor);
        model.addAttribute("notices", page.notices());
        model.addAttribute("older", page.older());
        model.addAttribute("paged", cursor != null);
        return "notification/notices";
    }

    @PostMapping("/notices/{id}/read")
    String markRead(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id) {
        notifications.markRead(user.id(), id);
        return "redirect:/notices";
    }

    @PostMapping("/notices/read")
    String markAllRead(@AuthenticationPrincipal PortalUser user) {
        notifications.markAllRead(user.id());
        return "redirect:/notices";
    }

    /** The "Older" link's position; an address edited by hand that does not parse shows the newest page. */
    private static NoticePage.Cursor cursor(String before, String beforeId) {
        if (before == null || beforeId == null) {
            return null;
        }
        try {
            return new NoticePage.Cursor(Instant.parse(before), UUID.fromString(beforeId));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return null;
        }
    }
}
