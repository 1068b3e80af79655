package com.icpportal.changeorder.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.icpportal.account.PortalUser;
import com.icpportal.calendar.WorkingCalendar;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.ApplicantOrderPages;
import com.icpportal.changeorder.ChangeOrderView;
import com.icpportal.changeorder.ChangeOrders;
import com.icpportal.changeorder.OrderOverview;
import com.icpportal.changeorder.OrderState;
import com.icpportal.changeorder.ProposalComparison;
import com.icpportal.changeorder.ReasonStatus;
import com.icpportal.changeorder.Section;
import com.icpportal.changeorder.TransitionView;

/**
 * The order page: state, next step and deadline, the task list while the proposal can be edited
 * (with every reason of a return at the top), the timeline newest first, and withdrawal.
 */
@Controller
@ApplicantOrderPages
@RequestMapping("/orders/{orderId}")
class OrderController {

    static final String VIEW = "changeorder/order";
    static final String WITHDRAW_VIEW = "changeorder/withdraw";
    static final String CONFIRMATION_VIEW = "changeorder/confirmation";

    private final OrderPages pages;
    private final ChangeOrders changeOrders;
    private final ProposalComparison comparison;
    private final WorkingCalendar calendar;
    private final Clock clock;

    OrderController(
            OrderPages pages,
            ChangeOrders changeOrders,
            ProposalComparison comparison,
            WorkingCalendar calendar,
            Clock clock) {
        this.pages = pages;
        this.changeOrders = changeOrders;
        this.comparison = comparison;
        this.calendar = calendar;
        this.clock = clock;
    }

    // One read-only transaction for the page: the services it calls join it instead of each
    // opening its own (one connection checkout, one BEGIN/COMMIT, one persistence context).
    @Transactional(readOnly = true)
    @GetMapping
    String showOrder(@AuthenticationPrincipal PortalUser user, @PathVariable UUID orderId, Model model, Locale locale) {
        OrderOverview overview = pages.overview(user, orderId);
        ChangeOrderView order = overview.order();
        // the statuses the page shows at the top: not worked out a second time for the task list
        List<ReasonStatus> statuses = pages.addCommon(model, overview, null);
        if (order.state().isEditable()) {
            Map<Section, Boolean> changed = ProposalComparison.changedSections(comparison.rows(overview, locale));
            List<ReasonStatus> open =
                    statuses.stream().filter(status -> !status.addressed()).toList();
            List<TaskRow> tasks = new ArrayList<>();
            for (Section section : Section.of(order.type())) {
                // a reason needs correcting until its target changed since the return
                boolean attention = overview.check().violations().stream().anyMatch(v -> section.owns(v.fieldKey()))
                        || open.stream()
                                .anyMatch(status -> section.owns(status.reason().fieldKey()));
                tasks.add(new TaskRow(
                        section,
                        attention
                                ? "NEEDS_ATTENTION"
                                : changed.getOrDefault(section, false) ? "CHANGED" : "NOT_CHANGED"));
            }
            model.addAttribute("tasks", tasks);
            model.addAttribute("documentsComplete", overview.documentsComplete());
            model.addAttribute("documentsToCorrect", open.stream().anyMatch(ReasonStatus::aboutDocument));
            model.addAttribute("openReasons", !open.isEmpty());
            model.addAttribute(
                    "readyToSubmit",
                    overview.check().isValid() && changed.containsValue(true) && overview.documentsComplete());
        }
        addAdministrationStep(model, order);
        List<TransitionView> timeline = new ArrayList<>(order.timeline());
        Collections.reverse(timeline);
        model.addAttribute("timeline", timeline);
        return VIEW;
    }

    /**
     * SMS verification: the time left in words (clock hours: the administration's 48 hours);
     * the administration's review: its expected decision window as working-day dates.
     */
    private void addAdministrationStep(Model model, ChangeOrderView order) {
        if (order.state() == OrderState.SMS_VERIFICATION && order.dueAt() != null) {
            Duration left = Duration.between(clock.instant(), order.dueAt());
            model.addAttribute("smsTimeUp", left.isNegative() || left.isZero());
            model.addAttribute("smsHoursLeft", Math.max(0, left.toHours()));
            model.addAttribute("smsMinutesLeft", Math.max(0, left.toMinutesPart()));
        }
        if (order.state() == OrderState.AUTHORITY_REVIEW && order.rules() != null) {
            Instant entered = order.enteredStateAt();
            model.addAttribute(
                    "reviewWindowFrom",
                    calendar.deadline(entered, order.rules().reviewMinWorkdays())
                            .atZone(calendar.zone())
                            .toLocalDate());
            model.addAttribute(
                    "reviewWindowTo",
                    calendar.deadline(entered, order.rules().reviewMaxWorkdays())
                            .atZone(calendar.zone())
                            .toLocalDate());
        }
    }

    @GetMapping("/withdraw")
    String confirmWithdrawal(@AuthenticationPrincipal PortalUser user, @PathVariable UUID orderId, Model model) {
        pages.addCommon(model, pages.overview(user, orderId), null);
        return WITHDRAW_VIEW;
    }

    @PostMapping("/withdraw")
    String withdraw(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable UUID orderId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        changeOrders.withdraw(Actor.applicant(user.id()), orderId, version, null);
        redirect.addFlashAttribute("notice", "order.withdrawn");
        return "redirect:/orders/" + orderId;
    }

    @GetMapping("/confirmation")
    String showConfirmation(@AuthenticationPrincipal PortalUser user, @PathVariable UUID orderId, Model model) {
        OrderOverview overview = pages.overview(user, orderId);
        if (overview.order().state() != OrderState.PROVIDER_REVIEW) {
            return "redirect:/orders/" + orderId;
        }
        pages.addCommon(model, overview, null);
        return CONFIRMATION_VIEW;
    }
}
