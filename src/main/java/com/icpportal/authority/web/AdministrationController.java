package com.icpportal.authority.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.icpportal.account.PortalUser;
import com.icpportal.authority.AuthorityDecisions;
import com.icpportal.calendar.WorkingCalendar;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.ChangeOrders;
import com.icpportal.changeorder.FieldKeys;
import com.icpportal.changeorder.OrderOverview;
import com.icpportal.changeorder.ProposalComparison;
import com.icpportal.changeorder.Reason;

/**
 * The administration step for staff: submit the order through the gateway in use and, with the
 * manual gateway, record what the administration's system shows (each principal's SMS
 * verification, the approval with its date, or the rejection with reasons). With the simulated
 * gateway the page shows what the simulated administration is doing instead.
 */
@Controller
@RequestMapping("/review/orders/{orderId}/administration")
class AdministrationController {

    static final String VIEW = "authority/administration";
    private static final int MAX_REASONS = 3;

    /** The longest note, problem or suggestion staff may record (the database keeps 1,000 characters of a reason). */
    static final int MAX_TEXT = 1000;

    static final String TEXT_TOO_LONG = "review.text.tooLong";

    static boolean tooLong(String text) {
        return text != null && text.length() > MAX_TEXT;
    }

    private final AuthorityDecisions authority;
    private final ChangeOrders changeOrders;
    private final ProposalComparison comparison;
    private final WorkingCalendar calendar;
    private final Clock clock;

    AdministrationController(
            AuthorityDecisions authority,
            ChangeOrders changeOrders,
            ProposalComparison comparison,
            WorkingCalendar calendar,
            Clock clock) {
        this.authority = authority;
        this.changeOrders = changeOrders;
        this.comparison = comparison;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping
    String showStep(@AuthenticationPrincipal PortalUser user, @PathVariable UUID orderId, Model model, Locale locale) {
        addPage(model, user, orderId, locale);
        return VIEW;
    }

    @PostMapping("/submit")
    String submit(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable UUID orderId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        authority.submit(Actor.reviewer(user.id()), orderId, version);
        redirect.addFlashAttribute("notice", "administration.submitted");
        return back(orderId);
    }

    @PostMapping("/sms-verified")
    String smsVerified(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable UUID orderId,
            @RequestParam long version,
            @RequestParam String mobile,
            RedirectAttributes redirect) {
        authority.recordMobileVerified(user.id(), orderId, version, mobile);
        redirect.addFlashAttribute("notice", "administration.recorded");
        return back(orderId);
    }

    @PostMapping("/approval")
    String approve(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable UUID orderId,
            @RequestParam long version,
            @RequestParam(defaultValue = "") String approvedOn,
            @RequestParam(required = false) String note,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        LocalDate date = null;
        String error = null;
        if (approvedOn.isBlank()) {
            error = "administration.approvedOn.missing";
        } else {
            try {
                date = LocalDate.parse(approvedOn.strip());
                if (date.isAfter(today)) {
                    error = "administration.approvedOn.future";
                }
            } catch (DateTimeParseException e) {
                error = "administration.approvedOn.format";
            }
        }
        Map<String, String> approvalErrors = new LinkedHashMap<>();
        if (error != null) {
            approvalErrors.put("approvedOn", error);
        }
        if (tooLong(note)) {
            approvalErrors.put("approval-note", TEXT_TOO_LONG);
        }
        if (!approvalErrors.isEmpty()) {
            model.addAttribute("errors", approvalErrors);
            model.addAttribute("approvedOn", approvedOn);
            model.addAttribute("approvalNote", note);
            addPage(model, user, orderId, locale);
            return VIEW;
        }
        authority.recordApproval(user.id(), orderId, version, date, note);
        redirect.addFlashAttribute("notice", "administration.recorded");
        return back(orderId);
    }

    @PostMapping("/rejection")
    String reject(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable UUID orderId,
            @RequestParam long version,
            @RequestParam Map<String, String> form,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        List<Reason> reasons = new ArrayList<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (int i = 0; i < MAX_REASONS; i++) {
            String field = form.getOrDefault("reason" + i + ".field", "");
            String problem = form.getOrDefault("reason" + i + ".problem", "");
            if (field.isBlank() && problem.isBlank()) {
                continue;
            }
            if (!FieldKeys.isValid(field)) {
                errors.put("reason" + i + "-field", "administration.reason.fieldMissing");
            } else if (problem.isBlank()) {
                errors.put("reason" + i + "-problem", "administration.reason.problemMissing");
            } else if (tooLong(problem)) {
                errors.put("reason" + i + "-problem", TEXT_TOO_LONG);
            } else if (tooLong(form.get("reason" + i + ".suggestion"))) {
                errors.put("reason" + i + "-suggestion", TEXT_TOO_LONG);
            } else {
                reasons.add(new Reason(field, problem, form.get("reason" + i + ".suggestion")));
            }
        }
        if (reasons.isEmpty() && errors.isEmpty()) {
            errors.put("reason0-field", "administration.reason.needed");
        }
        if (tooLong(form.get("note"))) {
            errors.put("rejection-note", TEXT_TOO_LONG);
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            model.addAttribute("rejectionForm", form);
            addPage(model, user, orderId, locale);
            return VIEW;
        }
        authority.recordRejection(user.id(), orderId, version, reasons, form.get("note"));
        redirect.addFlashAttribute("notice", "administration.recorded");
        return back(orderId);
    }

    private void addPage(Model model, PortalUser user, UUID orderId, Locale locale) {
        OrderOverview overview = changeOrders.overviewForStaff(orderId);
        model.addAttribute("order", overview.order());
        model.addAttribute("filing", overview.filing());
        model.addAttribute("rows", comparison.rows(overview, locale));
        model.addAttribute("documents", overview.documents());
        model.addAttribute("mine", user.id().equals(overview.order().assigneeId()));
        model.addAttribute("gateway", authority.gateway());
        model.addAttribute("step", authority.step(orderId));
        model.addAttribute("today", LocalDate.now(clock.withZone(calendar.zone())));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        if (!model.containsAttribute("rejectionForm")) {
            model.addAttribute("rejectionForm", Map.of());
        }
    }

    private static String back(UUID orderId) {
        return "redirect:/review/orders/" + orderId + "/administration";
    }
}
