package com.icpportal.changeorder.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import com.icpportal.account.PortalUser;
import com.icpportal.changeorder.ApplicantOrder;
import com.icpportal.changeorder.ApplicantOrderPages;
import com.icpportal.changeorder.ChangeOrders;
import com.icpportal.filing.Filings;

/** "Your orders": every order of the account, open and finished, with its state, outcome and dates. */
@Controller
@ApplicantOrderPages
class ApplicantOrdersController {

    static final String VIEW = "changeorder/orders";
    static final int PAGE_SIZE = 20;

    private final ChangeOrders changeOrders;
    private final Filings filings;

    ApplicantOrdersController(ChangeOrders changeOrders, Filings filings) {
        this.changeOrders = changeOrders;
        this.filings = filings;
    }

    // One read-only transaction for the page: the services it calls join it instead of each
    // opening its own (one connection checkout, one BEGIN/COMMIT, one persistence context).
    @Transactional(readOnly = true)
    @GetMapping("/orders")
    String showOrders(
            @AuthenticationPrincipal PortalUser user,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) UUID afterId,
            Model model) {
        // A page of orders, newest first (keyset: the start time and id of the previous page's last).
        Instant afterCreated = instant(after);
        List<ApplicantOrder> found = changeOrders.ordersOf(user.id(), afterCreated, afterId, PAGE_SIZE + 1);
        List<ApplicantOrder> orders = found.size() > PAGE_SIZE ? found.subList(0, PAGE_SIZE) : found;
        ApplicantOrder last = orders.isEmpty() ? null : orders.get(orders.size() - 1);
        model.addAttribute(
                "nextPage",
                found.size() > PAGE_SIZE
                        ? UriComponentsBuilder.fromPath("/orders")
                                .queryParam("after", last.createdAt().toString())
                                .queryParam("afterId", last.id())
                                .build()
                                .encode()
                                .toUriString()
                        : null);
        model.addAttribute("firstPage", afterCreated == null || afterId == null);
        // A count on a page of many would be the page's, not the applicant's: paged lists say none.
        model.addAttribute("paged", found.size() > PAGE_SIZE || afterCreated != null && afterId != null);
        model.addAttribute(
                "openOrders", orders.stream().filter(order -> !order.finished()).toList());
        model.addAttribute(
                "finishedOrders",
                orders.stream().filter(ApplicantOrder::finished).toList());
        model.addAttribute(
                "subjectNames",
                filings.subjectNames(orders.stream()
                        .map(ApplicantOrder::subjectId)
                        .distinct()
                        .toList()));
        return VIEW;
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
}
