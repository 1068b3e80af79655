package com.icpportal.notification.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import com.icpportal.notification.DeliveryStatus;
import com.icpportal.notification.Notifications;
import com.icpportal.notification.OutboxEntry;

/** The admins' outbox: emails and texts, sent, kept, pending and failed (last error, attempts); resend a failed one. */
@Controller
class OutboxController {

    static final int PAGE_SIZE = 100;

    private final Notifications notifications;

    OutboxController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/admin/outbox")
    String outbox(
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) UUID afterId,
            Model model) {
        DeliveryStatus filter = Arrays.stream(DeliveryStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst()
                .orElse(null);
        // Keyset paging: the creation time and id of the previous page's last entry.
        Instant afterCreated = instant(after);
        List<OutboxEntry> found = notifications.outbox(filter, afterCreated, afterId, PAGE_SIZE + 1);
        List<OutboxEntry> entries = found.size() > PAGE_SIZE ? found.subList(0, PAGE_SIZE) : found;
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", DeliveryStatus.values());
        model.addAttribute("entries", entries);
        model.addAttribute("firstPage", afterCreated == null || afterId == null);
        model.addAttribute(
                "firstPageHref",
                UriComponentsBuilder.fromPath("/admin/outbox")
                        .queryParamIfPresent(
                                "status", Optional.ofNullable(filter).map(Enum::name))
                        .build()
                        .toUriString());
        model.addAttribute(
                "nextPage",
                found.size() > PAGE_SIZE
                        ? UriComponentsBuilder.fromPath("/admin/outbox")
                                .queryParamIfPresent(
                                        "status", Optional.ofNullable(filter).map(Enum::name))
                                .queryParam(
                                        "after",
                                        entries.get(PAGE_SIZE - 1).createdAt().toString())
                                .queryParam(
                                        "afterId", entries.get(PAGE_SIZE - 1).id())
                                .build()
                                .encode()
                                .toUriString()
                        : null);
        return "notification/outbox";
    }

    /** The cursor's time; anything unreadable starts from the first page. */
    private static Instant instant(String after) {
        if (after == null || after.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(after);
        } catch (DateTimeParseException e) {
            return null;
        }
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
