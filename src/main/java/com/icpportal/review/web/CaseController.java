package com.icpportal.review.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

import com.icpportal.account.AccountView;
import com.icpportal.account.Accounts;
import com.icpportal.account.PortalUser;
import com.icpportal.account.Role;
import com.icpportal.changeorder.Action;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.BackdropRequests;
import com.icpportal.changeorder.ChangeOrderView;
import com.icpportal.changeorder.ClaimResult;
import com.icpportal.changeorder.IllegalTransitionException;
import com.icpportal.changeorder.NotClaimedException;
import com.icpportal.changeorder.OrderState;
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

    static final String CHECK_VIEW = "review/decision-check";

    /** The English words of the reason an "unreachable" rejection gives (pages show it in the reader's language). */
    static final String UNREACHABLE_TEXT =
            "We could not reach you by phone: two calls at least an hour apart went unanswered.";

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

    // One read-only transaction for the page: the services it calls join it instead of each
    // opening its own (one connection checkout, one BEGIN/COMMIT, one persistence context).
    @Transactional(readOnly = true)
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
        // one lookup of the chosen account, not the lists of every reviewer and every admin
        boolean reviewerExists = accounts.findById(reviewerId)
                .filter(account -> account.roles().contains(Role.REVIEWER)
                        || account.roles().contains(Role.ADMIN))
                .isPresent();
        if (!admin || !reviewerExists) {
            throw new org.springframework.security.access.AccessDeniedException("only admins reassign, to staff");
        }
        decisions.reassign(Actor.reviewer(user.id()), orderId, reviewerId);
        return back(orderId);
    }

    /** The backdrop's mailing address alone, to print as a label. */
    @GetMapping("/backdrop/label")
    String backdropLabel(
            @AuthenticationPrincipal PortalUser user, @PathVariable UUID orderId, Model model, Locale locale) {
        casePage.addCase(user, orderId, model, locale);
        if (model.getAttribute("mailingAddress") == null) {
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.NOT_FOUND);
        }
        return "review/backdrop-label";
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
     * "Continue" on the decision form: a form with problems is shown again with each error at its
     * field and everything typed kept; a complete one goes to the check step. Nothing is decided
     * here, so pressing ENTER in any field of the form can never pass, return or reject an order.
     */
    @PostMapping("/decision")
    String checkDecision(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable UUID orderId,
            @RequestParam long version,
            @RequestParam Map<String, String> params,
            Model model,
            Locale locale) {
        requireDecidable(user, orderId, version);
        DecisionForm form = DecisionForm.from(params);
        casePage.addCase(user, orderId, model, locale);
        Map<String, String> errors = form.errors(contactLog.unreachable(orderId));
        model.addAttribute("decisionForm", form);
        if (!errors.isEmpty()) {
            return showErrors(model, errors);
        }
        return CHECK_VIEW;
    }

    /** "Change" on the check step: the decision form again, filled in as it was. */
    @PostMapping("/decision/edit")
    String editDecision(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable UUID orderId,
            @RequestParam Map<String, String> params,
            Model model,
            Locale locale) {
        model.addAttribute("decisionForm", DecisionForm.from(params));
        casePage.addCase(user, orderId, model, locale);
        return VIEW;
    }

    /** The confirmed decision: checked again (the page may be old), then recorded. */
    @PostMapping("/decision/confirm")
    String decide(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable UUID orderId,
            @RequestParam long version,
            @RequestParam Map<String, String> params,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        requireDecidable(user, orderId, version);
        DecisionForm form = DecisionForm.from(params);
        Map<String, String> errors = form.errors(contactLog.unreachable(orderId));
        if (!errors.isEmpty()) {
            model.addAttribute("decisionForm", form);
            casePage.addCase(user, orderId, model, locale);
            return showErrors(model, errors);
        }
        Actor reviewer = Actor.reviewer(user.id());
        String note = form.note().isBlank() ? null : form.note();
        switch (form.decision()) {
            case "pass" -> decisions.pass(reviewer, orderId, version, note);
            case "return" -> decisions.returnForCorrection(reviewer, orderId, version, form.completeReasons(), note);
            case "reject" -> decisions.reject(reviewer, orderId, version, form.completeReasons(), note);
            default ->
                contactLog.rejectUnreachable(
                        reviewer,
                        orderId,
                        version,
                        Reason.generalMessage("review.decision.unreachableReason", UNREACHABLE_TEXT));
        }
        redirect.addFlashAttribute("notice", "review.decision.recorded");
        return back(orderId);
    }

    private static String showErrors(Model model, Map<String, String> errors) {
        model.addAttribute("decisionErrors", errors);
        model.addAttribute("firstDecisionError", DecisionForm.firstInPageOrder(errors.keySet()));
        model.addAttribute("hasErrors", true);
        return VIEW;
    }

    /** The refusals every decision step makes before reading the form: a stale page, someone else's order, another step. */
    private void requireDecidable(PortalUser user, UUID orderId, long version) {
        ChangeOrderView order = decisions.find(orderId);
        if (!user.id().equals(order.assigneeId())) {
            throw new NotClaimedException(order.reference());
        }
        if (order.version() != version) {
            throw new ObjectOptimisticLockingFailureException(ChangeOrderView.class, order.id());
        }
        if (order.state() != OrderState.PROVIDER_REVIEW) {
            throw new IllegalTransitionException(order.reference(), order.state(), Action.PASS);
        }
    }

    /** Whether a note, problem or suggestion is longer than the database keeps (1,000 characters). */
    static boolean tooLong(String text) {
        return text != null && text.length() > MAX_TEXT;
    }

    private static String back(UUID orderId) {
        return "redirect:/review/orders/" + orderId;
    }
}
