package com.icpportal.changeorder.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.icpportal.account.PortalUser;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.ApplicantOrderPages;
import com.icpportal.changeorder.ChangeOrders;
import com.icpportal.changeorder.ChangeType;
import com.icpportal.changeorder.EligibilityReason;
import com.icpportal.changeorder.NotEligibleException;
import com.icpportal.filing.FiledSubject;
import com.icpportal.filing.Filings;
import com.icpportal.province.Provinces;
import com.icpportal.shared.NotFoundException;

/**
 * Before a change starts: the province's rules for changes (what may change, SMS verification,
 * how the principal is verified, how long the administration takes) and, where the change may not
 * start, why. Starting creates the draft.
 */
@Controller
@ApplicantOrderPages
class StartOrderController {

    static final String VIEW = "changeorder/start";

    private final ChangeOrders changeOrders;
    private final Filings filings;
    private final Provinces provinces;
    private final EligibilityTexts texts;

    StartOrderController(ChangeOrders changeOrders, Filings filings, Provinces provinces, EligibilityTexts texts) {
        this.changeOrders = changeOrders;
        this.filings = filings;
        this.provinces = provinces;
        this.texts = texts;
    }

    @GetMapping("/orders/start")
    String showStart(
            @AuthenticationPrincipal PortalUser user,
            @RequestParam UUID subject,
            @RequestParam ChangeType type,
            @RequestParam(required = false) UUID website,
            Model model,
            Locale locale) {
        List<EligibilityReason> reasons = changeOrders.eligibility(user.id(), subject, type, website);
        return render(user, subject, type, website, reasons, model, locale);
    }

    @PostMapping("/orders")
    String startOrder(
            @AuthenticationPrincipal PortalUser user,
            @RequestParam UUID subject,
            @RequestParam ChangeType type,
            @RequestParam(required = false) UUID website,
            Model model,
            Locale locale) {
        try {
            UUID orderId = changeOrders.start(Actor.applicant(user.id()), subject, type, website);
            return "redirect:/orders/" + orderId;
        } catch (NotEligibleException e) {
            return render(user, subject, type, website, e.reasons(), model, locale);
        }
    }

    private String render(
            PortalUser user,
            UUID subjectId,
            ChangeType type,
            UUID websiteId,
            List<EligibilityReason> reasons,
            Model model,
            Locale locale) {
        FiledSubject subject = filings.subjectOwnedBy(user.id(), subjectId);
        model.addAttribute("subject", subject);
        model.addAttribute("type", type);
        model.addAttribute(
                "website",
                websiteId == null
                        ? null
                        : subject.websites().stream()
                                .filter(candidate -> candidate.id().equals(websiteId))
                                .findFirst()
                                .orElseThrow(() -> new NotFoundException("website " + websiteId)));
        model.addAttribute("province", provinces.find(subject.provinceCode()).orElseThrow());
        model.addAttribute(
                "permissions",
                provinces.changePermissions(
                        subject.provinceCode(), subject.details().cityCode()));
        model.addAttribute("reasons", texts.describe(reasons, locale));
        return VIEW;
    }
}
