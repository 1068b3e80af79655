package com.icpportal.changeorder.web;

import java.util.Locale;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.icpportal.account.PortalUser;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.ApplicantOrderPages;
import com.icpportal.changeorder.ChangeOrders;
import com.icpportal.changeorder.ChangeType;
import com.icpportal.changeorder.OrderOverview;
import com.icpportal.changeorder.Section;
import com.icpportal.changeorder.ValidationResult;

/** The subject section of a subject change: organiser, address, investor (type and certificate are fixed). */
@Controller
@ApplicantOrderPages
@RequestMapping("/orders/{orderId}/subject")
class SubjectSectionController {

    static final String VIEW = "changeorder/subject";

    private final OrderPages pages;
    private final ChangeOrders changeOrders;

    SubjectSectionController(OrderPages pages, ChangeOrders changeOrders) {
        this.pages = pages;
        this.changeOrders = changeOrders;
    }

    // One read-only transaction for the page: the services it calls join it instead of each
    // opening its own (one connection checkout, one BEGIN/COMMIT, one persistence context).
    @Transactional(readOnly = true)
    @GetMapping
    String initForm(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable UUID orderId,
            @RequestParam(required = false) String returnTo,
            Model model,
            Locale locale) {
        OrderOverview overview = pages.overview(user, orderId);
        SectionSupport.requireType(overview.order(), ChangeType.SUBJECT_CHANGE);
        if (!overview.order().state().isEditable()) {
            return SectionSupport.toOrder(orderId);
        }
        model.addAttribute(
                "form",
                SubjectForm.from(
                        overview.order().proposedSubject(), overview.order().version()));
        return render(model, overview, returnTo, false, locale);
    }

    @PostMapping
    String processForm(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable UUID orderId,
            @ModelAttribute("form") SubjectForm form,
            BindingResult result,
            @RequestParam(required = false) String returnTo,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        OrderOverview overview = pages.overview(user, orderId);
        SectionSupport.requireType(overview.order(), ChangeType.SUBJECT_CHANGE);
        ValidationResult saved = changeOrders.saveSubject(
                Actor.applicant(user.id()),
                orderId,
                form.getVersion(),
                form.applyTo(overview.order().proposedSubject()),
                Section.SUBJECT);
        if (!saved.isValid()) {
            OrderPages.bind(saved.violations(), result);
            return render(model, overview, returnTo, true, locale);
        }
        return SectionSupport.afterSave(orderId, returnTo, redirect);
    }

    private String render(Model model, OrderOverview overview, String returnTo, boolean failed, Locale locale) {
        pages.addCommon(model, overview, Section.SUBJECT);
        pages.addDivisions(model, overview.filing().provinceCode(), locale);
        model.addAttribute("returnTo", returnTo);
        model.addAttribute("hasErrors", failed);
        return VIEW;
    }
}
