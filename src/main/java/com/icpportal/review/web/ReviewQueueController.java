package com.icpportal.review.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
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
    private final Clock clock;

    ReviewQueueController(ReviewQueue queue, DueLabels dueLabels, Provinces provinces, Clock clock) {
        this.queue = queue;
        this.dueLabels = dueLabels;
        this.provinces = provinces;
        this.clock = clock;
    }

    /** A queue line and its deadline in words. */
    record Line(QueueRow row, DueLabel due) {}

    // One read-only transaction for the page: the services it calls join it instead of each
    // opening its own (one connection checkout, one BEGIN/COMMIT, one persistence context).
    @Transactional(readOnly = true)
    @GetMapping("/review")
    String showQueue(
            @AuthenticationPrincipal PortalUser user,
            @RequestParam(defaultValue = "UNASSIGNED") QueueTab tab,
            @RequestParam(required = false) String province,
            @RequestParam(required = false) OrderState state,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) UUID afterId,
            Model model,
            Locale locale) {
        Instant now = clock.instant();
        String provinceCode = province == null || province.isBlank() ? null : province;
        QueuePage page = queue.page(
                new QueueQuery(tab, user.id(), provinceCode, state, overdue, key(after), afterId, PAGE_SIZE, now));
        model.addAttribute("tab", tab);
        model.addAttribute("tabs", QueueTab.values());
        List<DueLabel> labels = dueLabels.labels(
                page.rows().stream().map(QueueRow::dueAt).toList(),
                page.rows().stream().map(QueueRow::state).toList(),
                now,
                locale);
        List<Line> lines = new java.util.ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            lines.add(new Line(page.rows().get(i), labels.get(i)));
        }
        model.addAttribute("lines", lines);
        model.addAttribute("provinces", provinces.byCode());
        model.addAttribute("provinceList", provinces.all());
        model.addAttribute(
                "states",
                Arrays.stream(OrderState.values())
                        .filter(s -> s != OrderState.DRAFT)
                        .toList());
        model.addAttribute("filter", new Filter(provinceCode, state, overdue));
        model.addAttribute(
                "nextPage",
                page.hasNext()
                        ? next(
                                tab,
                                provinceCode,
                                state,
                                overdue,
                                page.rows().get(page.rows().size() - 1))
                        : null);
        model.addAttribute("firstPage", afterId == null);
        return VIEW;
    }

    /** The filters shown back in the form. */
    record Filter(String province, OrderState state, boolean overdue) {}

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
