package com.icpportal.review.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.icpportal.account.PortalUser;
import com.icpportal.changeorder.Action;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.ChangeOrderView;
import com.icpportal.changeorder.FieldKeys;
import com.icpportal.changeorder.IllegalTransitionException;
import com.icpportal.changeorder.NotClaimedException;
import com.icpportal.changeorder.OrderState;
import com.icpportal.changeorder.ProviderDecisions;
import com.icpportal.changeorder.Reason;
import com.icpportal.province.VerificationChannel;

/**
 * The photo review (VERIFICATION_REVIEW): the reviewer holding the order passes the verification
 * photo, or returns it with a reason about the photo. Where the province verifies in the
 * administration's app, the reviewer instead confirms having seen that verification, or returns
 * it with a reason about the whole order. Passing gives the provider one workday to submit.
 */
@Controller
class PhotoReviewController {

    private final CasePage casePage;
    private final ProviderDecisions decisions;

    PhotoReviewController(CasePage casePage, ProviderDecisions decisions) {
        this.casePage = casePage;
        this.decisions = decisions;
    }

    @PostMapping("/review/orders/{orderId}/verification")
    String processPhotoReview(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable UUID orderId,
            @RequestParam String decision,
            @RequestParam long version,
            @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "false") boolean appConfirmed,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        ChangeOrderView order = decisions.find(orderId);
        requireDecidable(user, order, version);
        Actor reviewer = Actor.reviewer(user.id());
        boolean app = order.rules() != null && order.rules().verificationChannel() == VerificationChannel.APP;
        String problem = reason == null ? "" : reason.strip();
        Map<String, String> errors = new LinkedHashMap<>();
        switch (decision) {
            case "pass" -> {
                if (app && !appConfirmed) {
                    errors.put("appConfirmed", "review.photo.confirmNeeded");
                } else {
                    decisions.passVerification(reviewer, orderId, version, appConfirmed);
                    redirect.addFlashAttribute("notice", "review.photo.passed");
                }
            }
            case "return" -> {
                if (problem.isEmpty()) {
                    errors.put("photoReason", app ? "review.photo.appReasonNeeded" : "review.photo.reasonNeeded");
                } else if (problem.length() > PhotoReviewForm.MAX_REASON) {
                    errors.put("photoReason", "review.photo.reasonTooLong");
                } else {
                    decisions.returnVerification(
                            reviewer,
                            orderId,
                            version,
                            new Reason(
                                    app ? FieldKeys.GENERAL : FieldKeys.document("VERIFICATION_PHOTO"), problem, null));
                    redirect.addFlashAttribute("notice", "review.photo.returned");
                }
            }
            default -> {
                return "redirect:/review/orders/" + orderId;
            }
        }
        if (!errors.isEmpty()) {
            model.addAttribute("photoReview", new PhotoReviewForm(reason == null ? "" : reason, appConfirmed));
            model.addAttribute("photoErrors", errors);
            model.addAttribute("hasErrors", true);
            casePage.addCase(user, orderId, model, locale);
            return CaseController.VIEW;
        }
        return "redirect:/review/orders/" + orderId;
    }

    /** The same refusals as any decision, before the form is checked: a stale page, someone else's order, another step. */
    private static void requireDecidable(PortalUser user, ChangeOrderView order, long version) {
        if (order.version() != version) {
            throw new ObjectOptimisticLockingFailureException(ChangeOrderView.class, order.id());
        }
        if (!user.id().equals(order.assigneeId())) {
            throw new NotClaimedException(order.reference());
        }
        if (order.state() != OrderState.VERIFICATION_REVIEW) {
            throw new IllegalTransitionException(order.reference(), order.state(), Action.PASS_VERIFICATION);
        }
    }
}
