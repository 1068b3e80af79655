package com.icpportal.changeorder.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import jakarta.servlet.http.HttpSession;

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
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.AnswerRow;
import com.icpportal.changeorder.ApplicantOrderPages;
import com.icpportal.changeorder.ChangeOrders;
import com.icpportal.changeorder.NotEligibleException;
import com.icpportal.changeorder.OrderOverview;
import com.icpportal.changeorder.OrderState;
import com.icpportal.changeorder.ProposalComparison;
import com.icpportal.changeorder.ProposalInvalidException;
import com.icpportal.changeorder.ReasonStatus;
import com.icpportal.changeorder.Violation;

/**
 * Check answers: the filed values against the proposed ones with "Changed" in words and a Change
 * link per row, the warning when a domain is replaced (to be acknowledged), and the submission
 * with a one-time token.
 */
@Controller
@ApplicantOrderPages
@RequestMapping("/orders/{orderId}")
class CheckAnswersController {

    static final String VIEW = "changeorder/check";

    /** The explanation is kept on the order's timeline as the step's note. */
    static final int MAX_EXPLANATION = 1000;

    private final OrderPages pages;
    private final ChangeOrders changeOrders;
    private final ProposalComparison comparison;
    private final EligibilityTexts texts;

    CheckAnswersController(
            OrderPages pages, ChangeOrders changeOrders, ProposalComparison comparison, EligibilityTexts texts) {
        this.pages = pages;
        this.changeOrders = changeOrders;
        this.comparison = comparison;
        this.texts = texts;
    }

    // One read-only transaction for the page: the services it calls join it instead of each
    // opening its own (one connection checkout, one BEGIN/COMMIT, one persistence context).
    @Transactional(readOnly = true)
    @GetMapping("/check")
    String showAnswers(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable UUID orderId,
            HttpSession session,
            Model model,
            Locale locale) {
        OrderOverview overview = pages.overview(user, orderId);
        if (!overview.order().state().isEditable()) {
            return SectionSupport.toOrder(orderId);
        }
        return render(overview, overview.check().violations(), List.of(), false, session, model, locale);
    }

    @PostMapping("/submit")
    String submit(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable UUID orderId,
            @RequestParam long version,
            @RequestParam(required = false) String token,
            @RequestParam(defaultValue = "false") boolean acknowledgeReplacement,
            @RequestParam(defaultValue = "false") boolean confirmUnchanged,
            @RequestParam(required = false) String unchangedExplanation,
            HttpSession session,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        OrderOverview overview = pages.overview(user, orderId);
        if (!SubmitTokens.consume(session, orderId, token)) {
            redirect.addFlashAttribute("notice", "order.submitOnce");
            return SectionSupport.toOrder(orderId);
        }
        if (comparison.rows(overview, locale).stream().noneMatch(AnswerRow::changed)) {
            return render(overview, List.of(), List.of(), false, session, model, locale);
        }
        if (!ProposalComparison.replacedDomains(overview).isEmpty() && !acknowledgeReplacement) {
            return render(overview, List.of(), List.of(), true, session, model, locale);
        }
        // a returned target sent back unchanged: the applicant confirms it and says why, for the reviewer
        boolean unchangedTargets = pages.reasonStatuses(overview).stream().anyMatch(status -> !status.addressed());
        String explanation = unchangedTargets && unchangedExplanation != null ? unchangedExplanation.strip() : null;
        if (unchangedTargets) {
            List<String> problems = new java.util.ArrayList<>();
            if (!confirmUnchanged) {
                problems.add("confirmUnchanged");
            }
            if (explanation == null || explanation.isEmpty()) {
                problems.add("unchangedExplanation");
            } else if (explanation.length() > MAX_EXPLANATION) {
                problems.add("unchangedExplanationLength");
            }
            if (!problems.isEmpty()) {
                model.addAttribute("unchangedProblems", problems);
                model.addAttribute("unchangedExplanation", unchangedExplanation);
                model.addAttribute("confirmUnchanged", confirmUnchanged);
                return render(overview, List.of(), List.of(), false, session, model, locale);
            }
        }
        Actor actor = Actor.applicant(user.id());
        try {
            OrderState state = overview.order().state();
            if (state == OrderState.RETURNED) {
                changeOrders.resubmit(actor, orderId, version, explanation);
            } else if (state == OrderState.AUTHORITY_REJECTED) {
                changeOrders.revise(actor, orderId, version, explanation);
            } else {
                changeOrders.submit(actor, orderId, version);
            }
        } catch (ProposalInvalidException e) {
            return render(overview, e.result().violations(), List.of(), false, session, model, locale);
        } catch (NotEligibleException e) {
            return render(overview, List.of(), texts.describe(e.reasons(), locale), false, session, model, locale);
        }
        return "redirect:/orders/" + orderId + "/confirmation";
    }

    private String render(
            OrderOverview overview,
            List<Violation> violations,
            List<ReasonText> notEligible,
            boolean acknowledgementMissing,
            HttpSession session,
            Model model,
            Locale locale) {
        List<ReasonStatus> statuses = pages.addCommon(model, overview, null);
        List<AnswerRow> rows = comparison.rows(overview, locale);
        boolean nothingChanged = rows.stream().noneMatch(AnswerRow::changed);
        model.addAttribute("rows", rows);
        model.addAttribute("nothingChanged", nothingChanged);
        model.addAttribute("replacedDomains", ProposalComparison.replacedDomains(overview));
        model.addAttribute("violations", ViolationLink.of(overview.order().id(), violations));
        model.addAttribute("notEligible", notEligible);
        model.addAttribute("acknowledgementMissing", acknowledgementMissing);
        if (!model.containsAttribute("unchangedProblems")) {
            model.addAttribute("unchangedProblems", List.of());
        }
        boolean unchangedRefused = !((List<?>) model.getAttribute("unchangedProblems")).isEmpty();
        model.addAttribute(
                "unchangedReasons",
                statuses.stream().filter(status -> !status.addressed()).toList());
        model.addAttribute(
                "hasErrors",
                !violations.isEmpty()
                        || !notEligible.isEmpty()
                        || acknowledgementMissing
                        || nothingChanged
                        || unchangedRefused);
        model.addAttribute("token", SubmitTokens.issue(session, overview.order().id()));
        return VIEW;
    }
}
