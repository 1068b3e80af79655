package com.icpportal.changeorder.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
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
import com.icpportal.changeorder.ChangeOrderView;
import com.icpportal.changeorder.ChangeOrders;
import com.icpportal.changeorder.ChangeType;
import com.icpportal.changeorder.OrderOverview;
import com.icpportal.changeorder.Section;
import com.icpportal.changeorder.ValidationResult;
import com.icpportal.filing.CertificateType;
import com.icpportal.filing.Principal;
import com.icpportal.filing.SubjectDetails;
import com.icpportal.filing.WebsiteDetails;

/** The principal section: the subject's principal in a subject change, the website's in a website change. */
@Controller
@ApplicantOrderPages
@RequestMapping("/orders/{orderId}/principal")
class PrincipalSectionController {

    static final String VIEW = "changeorder/principal";

    private final OrderPages pages;
    private final ChangeOrders changeOrders;
    private final MessageSource messages;

    PrincipalSectionController(OrderPages pages, ChangeOrders changeOrders, MessageSource messages) {
        this.pages = pages;
        this.changeOrders = changeOrders;
        this.messages = messages;
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
        if (!overview.order().state().isEditable()) {
            return SectionSupport.toOrder(orderId);
        }
        model.addAttribute(
                "form",
                PrincipalForm.from(principal(overview.order()), overview.order().version()));
        return render(model, overview, returnTo, false, locale);
    }

    @PostMapping
    String processForm(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable UUID orderId,
            @ModelAttribute("form") PrincipalForm form,
            BindingResult result,
            @RequestParam(required = false) String returnTo,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        OrderOverview overview = pages.overview(user, orderId);
        ChangeOrderView order = overview.order();
        Principal principal = form.toPrincipal(result);
        Actor actor = Actor.applicant(user.id());
        ValidationResult saved;
        if (order.type() == ChangeType.SUBJECT_CHANGE) {
            SubjectDetails s = order.proposedSubject();
            saved = changeOrders.saveSubject(
                    actor, orderId, form.getVersion(), s.withPrincipal(principal), Section.PRINCIPAL);
        } else {
            WebsiteDetails w = order.proposedWebsite();
            saved = changeOrders.saveWebsite(
                    actor,
                    orderId,
                    form.getVersion(),
                    w.withPrincipal(principal),
                    com.icpportal.changeorder.ProposalComparison.unicode(order.proposedDomains()),
                    Section.PRINCIPAL);
        }
        if (result.hasErrors() || !saved.isValid()) {
            OrderPages.bind(
                    saved.violations().stream()
                            .filter(violation -> !result.hasFieldErrors(OrderPages.formField(violation.fieldKey())))
                            .toList(),
                    result);
            return render(model, overview, returnTo, true, locale);
        }
        return SectionSupport.afterSave(orderId, returnTo, redirect);
    }

    private static Principal principal(ChangeOrderView order) {
        return order.type() == ChangeType.SUBJECT_CHANGE
                ? order.proposedSubject().principal()
                : order.proposedWebsite().principal();
    }

    private String render(Model model, OrderOverview overview, String returnTo, boolean failed, Locale locale) {
        pages.addCommon(model, overview, Section.PRINCIPAL);
        List<Option> types = Arrays.stream(CertificateType.values())
                .filter(type -> type != CertificateType.USCC)
                .map(type -> new Option(
                        type.name(), messages.getMessage("enum.CertificateType." + type.name(), null, locale)))
                .toList();
        model.addAttribute("certificateTypes", types);
        model.addAttribute("returnTo", returnTo);
        model.addAttribute("hasErrors", failed);
        return VIEW;
    }
}
