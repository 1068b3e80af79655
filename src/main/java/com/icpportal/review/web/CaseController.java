package com.icpportal.review.web;

import java.util.ArrayList;
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

import com.icpportal.account.AccountView;
import com.icpportal.account.Accounts;
import com.icpportal.account.PortalUser;
import com.icpportal.account.Role;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.BackdropRequests;
import com.icpportal.changeorder.ClaimResult;
import com.icpportal.changeorder.ProviderDecisions;
import com.icpportal.changeorder.Reason;
import com.icpportal.review.ContactLog;
import com.icpportal.review.ContactOutcome;

/**
 * The case page: who and what (identity bar), filed against proposed with changed rows labelled,
 * the documents, the rules taken at submission, the timeline, the phone-contact log, the claim, and
 * the decision with reasons per field.
 */
@Controller
@RequestMapping("/review/orders/{orderId}")
class CaseController {

    static final String VIEW = "review/case";

    /** The longest note, problem or suggestion a reviewer may write. */
    static final int MAX_TEXT = 1000;

    static final String TEXT_TOO_LONG = "review.text.tooLong";

    /** The longest carrier name or tracking number kept. */
    static final int MAX_SHIPMENT_TEXT = 64;

    private final CasePage casePage;
    private final ProviderDecisions decisions;
    private final ContactLog contactLog;
    private final BackdropRequests backdrops;
    private final Accounts accounts;

    CaseController(
            CasePage casePage,
            ProviderDecisions decisions,
            ContactLog contactLog,
            BackdropRequests backdrops,
            Accounts accounts) {
        this.casePage = casePage;
        this.decisions = decisions;
        this.contactLog = contactLog;
        this.backdrops = backdrops;
        this.accounts = accounts;
    }

    @GetMapping
    String showCase(@AuthenticationPrincipal PortalUser user, @PathVariable UUID orderId, Model model, Locale locale) {
        casePage.addCase(user, orderId, model, locale);
        return VIEW;
    }

    @PostMapping("/claim")
    String claim(@AuthenticationPrincipal PortalUser user, @PathVariable UUID orderId, RedirectAttributes redirect) {
        ClaimResult result = decisions.claim(Actor.reviewer(user.id()), orderId);
        if (!result.claimed()) {
            redirect.addFlashAttribute(
                    "claimedBy",
                    accounts.findById(result.holderId())
                            .map(AccountView::displayName)
                            .orElse(""));
        }
        return back(orderId);
    }

    /** An admin hands the order to another reviewer. */
    @PostMapping("/reassign")
    String reassign(
            @AuthenticationPrincipal PortalUser user, @PathVariable UUID orderId, @RequestParam UUID reviewerId) {
        boolean admin = user.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_ADMIN"));
        boolean reviewerExists = accounts.withRole(Role.REVIEWER).stream()
                        .anyMatch(account -> account.id().equals(reviewerId))
                || accounts.withRole(Role.ADMIN).stream()
                        .anyMatch(account -> account.id().equals(reviewerId));
        if (!admin || !reviewerExists) {
            throw new org.springframework.security.access.AccessDeniedException("only admins reassign, to staff");
        }
        decisions.reassign(Actor.reviewer(user.id()), orderId, reviewerId);
        return back(orderId);
    }

    @PostMapping("/backdrop/{requestId}/shipped")
    String backdropShipped(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable UUID orderId,
            @PathVariable UUID requestId,
            @RequestParam String carrier,
            @RequestParam String trackingNumber,
            RedirectAttributes redirect) {
        if (carrier.isBlank() || trackingNumber.isBlank()) {
            redirect.addFlashAttribute("decisionError", "review.backdrop.shipmentNeeded");
            return back(orderId);
        }
        if (carrier.strip().length() > MAX_SHIPMENT_TEXT
                || trackingNumber.strip().length() > MAX_SHIPMENT_TEXT) {
            redirect.addFlashAttribute("decisionError", "review.backdrop.shipmentTooLong");
            return back(orderId);
        }
        backdrops.markShipped(Actor.reviewer(user.id()), requestId, carrier, trackingNumber);
        return back(orderId);
    }

    @PostMapping("/backdrop/{requestId}/received")
    String backdropReceived(
            @AuthenticationPrincipal PortalUser user, @PathVariable UUID orderId, @PathVariable UUID requestId) {
        backdrops.markReceived(Actor.reviewer(user.id()), requestId);
        return back(orderId);
    }

    @PostMapping("/release")
    String release(@AuthenticationPrincipal PortalUser user, @PathVariable UUID orderId) {
        decisions.release(Actor.reviewer(user.id()), orderId);
        return back(orderId);
    }

    @PostMapping("/calls")
    String logCall(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable UUID orderId,
            @RequestParam ContactOutcome outcome,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        if (tooLong(note)) {
            redirect.addFlashAttribute("decisionError", TEXT_TOO_LONG);
            return back(orderId);
        }
        contactLog.logCall(Actor.reviewer(user.id()), orderId, outcome, note);
        return back(orderId);
    }

    /**
     * The decision: pass, return or reject, with up to three reasons, each about one field key (a
     * row of the comparison, a document, or the whole order).
     */
    @PostMapping("/decision")
    String decide(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable UUID orderId,
            @RequestParam String decision,
            @RequestParam long version,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        Actor reviewer = Actor.reviewer(user.id());
        if (form.entrySet().stream()
                .anyMatch(entry -> (entry.getKey().equals("note")
                                || entry.getKey().endsWith(".problem")
                                || entry.getKey().endsWith(".suggestion"))
                        && tooLong(entry.getValue()))) {
            redirect.addFlashAttribute("decisionError", TEXT_TOO_LONG);
            return back(orderId);
        }
        List<Reason> reasons = reasons(form);
        switch (decision) {
            case "pass" -> decisions.pass(reviewer, orderId, version, form.get("note"));
            case "return", "reject" -> {
                if (reasons.isEmpty()) {
                    redirect.addFlashAttribute("decisionError", "review.decision.reasonNeeded");
                    return back(orderId);
                }
                if (decision.equals("return")) {
                    decisions.returnForCorrection(reviewer, orderId, version, reasons, form.get("note"));
                } else {
                    decisions.reject(reviewer, orderId, version, reasons, form.get("note"));
                }
            }
            case "unreachable" ->
                contactLog.rejectUnreachable(
                        reviewer,
                        orderId,
                        version,
                        Reason.general(
                                form.getOrDefault("reason0.problem", "").isBlank()
                                        ? "-"
                                        : form.get("reason0.problem")));
            default -> {
                return back(orderId);
            }
        }
        redirect.addFlashAttribute("notice", "review.decision.recorded");
        return back(orderId);
    }

    private static List<Reason> reasons(Map<String, String> form) {
        List<Reason> reasons = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String field = form.get("reason" + i + ".field");
            String problem = form.get("reason" + i + ".problem");
            if (com.icpportal.changeorder.FieldKeys.isValid(field) && problem != null && !problem.isBlank()) {
                reasons.add(new Reason(field, problem, form.get("reason" + i + ".suggestion")));
            }
        }
        return reasons;
    }

    /** Whether a note, problem or suggestion is longer than the database keeps (1,000 characters). */
    static boolean tooLong(String text) {
        return text != null && text.length() > MAX_TEXT;
    }

    private static String back(UUID orderId) {
        return "redirect:/review/orders/" + orderId;
    }
}
