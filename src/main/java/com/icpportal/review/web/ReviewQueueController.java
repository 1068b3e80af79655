package com.icpportal.review.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import com.icpportal.account.PortalUser;
import com.icpportal.changeorder.OrderState;
import com.icpportal.province.Provinces;
import com.icpportal.review.DueLabel;
import com.icpportal.review.DueLabels;
import com.icpportal.review.QueuePage;
import com.icpportal.review.QueueQuery;
import com.icpportal.review.QueueRow;
import com.icpportal.review.QueueTab;
import com.icpportal.review.ReviewQueue;

/**
 * The review queue: tabs (unassigned, mine, all open, done), a plain GET filter form, soonest
 * deadline first with each deadline in words, and keyset paging ("next page" continues after the
 * last row shown, so rows added or decided meanwhile never shift what comes next).
 */
@Controller
class ReviewQueueController {

    static final String VIEW = "review/queue";
    static final int PAGE_SIZE = 25;

    private final ReviewQueue queue;
    private final DueLabels dueLabels;
    private final Provinces provinces;
    private final QueueLines queueLines;
    private final Clock clock;

    ReviewQueueController(
            ReviewQueue queue, DueLabels dueLabels, Provinces provinces, QueueLines queueLines, Clock clock) {
        this.queue = queue;
        this.dueLabels = dueLabels;
        this.provinces = provinces;
        this.queueLines = queueLines;
        this.clock = clock;
    }

    // One read-only transaction for the page: the services it calls join it instead of each
    // opening its own (one connection checkout, one BEGIN/COMMIT, one persistence context).
    @Transactional(readOnly = true)
    @GetMapping("/review")
    String showQueue(
            @AuthenticationPrincipal PortalUser user,
            @RequestParam(defaultValue = "UNASSIGNED") QueueTab tab,
            @RequestParam(required = false) String province,
            @RequestParam(required = false) String state,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) UUID afterId,
            Model model,
            Locale locale) {
        Instant now = clock.instant();
        var provinceList = provinces.all();
        String provinceCode = province == null || province.isBlank() ? null : province.strip();
        OrderState orderState = state(state);
        // Filters are checked before any query: an unknown province or state gets a message at its
        // field and an empty list, never a walk over the tab's index looking for it.
        boolean provinceKnown = provinceCode == null
                || provinceList.stream().anyMatch(p -> p.code().equals(provinceCode));
        boolean stateKnown = state == null || state.isBlank() || orderState != null;
        model.addAttribute("provinceError", provinceKnown ? null : "queue.filter.province.unknown");
        model.addAttribute("stateError", stateKnown ? null : "queue.filter.state.unknown");
        QueuePage page = provinceKnown && stateKnown
                ? queue.page(new QueueQuery(
                        tab, user.id(), provinceCode, orderState, overdue, key(after), afterId, PAGE_SIZE, now))
                : new QueuePage(List.of(), false);
        model.addAttribute("tab", tab);
        model.addAttribute("tabs", queueLines.tabs(tab, locale));
        List<DueLabel> labels = dueLabels.labels(
                page.rows().stream().map(QueueRow::dueAt).toList(),
                page.rows().stream().map(QueueRow::state).toList(),
                now,
                locale);
        model.addAttribute(
                "lines",
                queueLines.lines(
                        page.rows(),
                        labels,
                        provinceList.stream()
                                .collect(java.util.stream.Collectors.toMap(
                                        p -> p.code(), java.util.function.Function.identity())),
                        locale));
        model.addAttribute("provinceOptions", queueLines.provinceOptions(provinceList, provinceCode, locale));
        model.addAttribute("stateOptions", queueLines.stateOptions(orderState, locale));
        model.addAttribute("filter", new Filter(provinceCode, orderState, overdue));
        model.addAttribute(
                "nextPage",
                page.hasNext()
                        ? next(
                                tab,
                                provinceCode,
                                orderState,
                                overdue,
                                page.rows().get(page.rows().size() - 1))
                        : null);
        model.addAttribute("firstPage", afterId == null);
        return VIEW;
    }

    /** The filters shown back in the form. */
    public record Filter(String province, OrderState state, boolean overdue) {}

    private static String next(QueueTab tab, String province, OrderState state, boolean overdue, QueueRow last) {
        Instant key = last.sortKey(tab);
        return UriComponentsBuilder.fromPath("/review")
                .queryParam("tab", tab)
                .queryParamIfPresent("province", java.util.Optional.ofNullable(province))
                .queryParamIfPresent("state", java.util.Optional.ofNullable(state))
                .queryParam("overdue", overdue)
                .queryParam("after", key == null ? "none" : key.toString())
                .queryParam("afterId", last.id())
                .build()
                .toUriString();
    }

    /** The state filter, or null when blank or not a state (which the caller reports). */
    private static OrderState state(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return OrderState.valueOf(state.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The sort key of the previous page's last row; "none" (or anything unreadable) stands for no deadline. */
    private static Instant key(String after) {
        if (after == null || after.isBlank() || after.equals("none")) {
            return null;
        }
        try {
            return Instant.parse(after);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
