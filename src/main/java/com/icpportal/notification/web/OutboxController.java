package com.icpportal.notification.web;

import java.util.Arrays;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.icpportal.notification.DeliveryStatus;
import com.icpportal.notification.Notifications;

/** The admins' outbox: emails and texts, sent, kept, pending and failed (last error, attempts); resend a failed one. */
@Controller
class OutboxController {

    private final Notifications notifications;

    OutboxController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/admin/outbox")
    String outbox(@RequestParam(name = "status", required = false) String status, Model model) {
        DeliveryStatus filter = Arrays.stream(DeliveryStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst()
                .orElse(null);
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", DeliveryStatus.values());
        model.addAttribute("entries", notifications.outbox(filter));
        return "notification/outbox";
    }

    @PostMapping("/admin/outbox/{id}/resend")
    String resend(
            @PathVariable UUID id,
            @RequestParam(name = "status", required = false) String status,
            RedirectAttributes redirect) {
        redirect.addFlashAttribute(
                "resent", notifications.resend(id).map(DeliveryStatus::name).orElse("NOT_FAILED"));
        redirect.addAttribute("status", status == null ? "" : status);
        return "redirect:/admin/outbox?status={status}";
    }
}
