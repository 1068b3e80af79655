package com.icpportal.notification.web;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import com.icpportal.account.PortalUser;
import com.icpportal.notification.Notifications;

/** Every signed-in user's own notices: newest first, unread marked, mark one or all as read. */
@Controller
class NoticesController {

    private final Notifications notifications;

    NoticesController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notices")
    String notices(@AuthenticationPrincipal PortalUser user, Model model) {
        model.addAttribute("notices", notifications.notices(user.id()));
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
}
