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
import com.icpportal.changeorder.ChangeOrderView;
import com.icpportal.changeorder.ChangeOrders;
import com.icpportal.changeorder.ChangeType;
import com.icpportal.changeorder.OrderOverview;
import com.icpportal.changeorder.Section;
import com.icpportal.changeorder.ValidationResult;

/** The website and domains sections of a website change. */
@Controller
@ApplicantOrderPages
@RequestMapping("/orders/{orderId}")
class WebsiteSectionController {

    static final String WEBSITE_VIEW = "changeorder/website";
    static final String DOMAINS_VIEW = "changeorder/domains";

    private final OrderPages pages;
    private final ChangeOrders changeOrders;

    WebsiteSectionController(OrderPages pages, ChangeOrders changeOrders) {
        this.pages = pages;
        this.changeOrders = changeOrders;
    }

    // One read-only transaction for the page: the services it calls join it instead of each
    // opening its own (one connection checkout, one BEGIN/COMMIT, one persistence context).
    @Transactional(readOnly = true)
    @GetMapping("/website")
    String initWebsiteForm(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable UUID orderId,
            @RequestParam(required = false) String returnTo,
            Model model,
            Locale locale) {
        OrderOverview overview = pages.overview(user, orderId);
        SectionSupport.requireType(overview.order(), ChangeType.WEBSITE_CHANGE);
        if (!overview.order().state().isEditable()) {
            return SectionSupport.toOrder(orderId);
        }
        model.addAttribute(
                "form",
                WebsiteForm.from(
                        overview.order().proposedWebsite(), overview.order().version()));
        return renderWebsite(model, overview, returnTo, false, locale);
    }

    @PostMapping("/website")
    String processWebsiteForm(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable UUID orderId,
            @ModelAttribute("form") WebsiteForm form,
            BindingResult result,
            @RequestParam(required = false) String returnTo,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        OrderOverview overview = pages.overview(user, orderId);
        ChangeOrderView order = overview.order();
        SectionSupport.requireType(order, ChangeType.WEBSITE_CHANGE);
        ValidationResult saved = changeOrders.saveWebsite(
                Actor.applicant(user.id()),
                orderId,
                form.getVersion(),
                form.applyTo(order.proposedWebsite()),
                com.icpportal.changeorder.ProposalComparison.unicode(order.proposedDomains()),
                Section.WEBSITE);
        if (!saved.isValid()) {
            OrderPages.bind(saved.violations(), result);
            return renderWebsite(model, overview, returnTo, true, locale);
        }
        return SectionSupport.afterSave(orderId, returnTo, redirect);
    }

    // One read-only transaction for the page: the services it calls join it instead of each
    // opening its own (one connection checkout, one BEGIN/COMMIT, one persistence context).
    @Transactional(readOnly = true)
    @GetMapping("/domains")
    String initDomainsForm(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable UUID orderId,
            @RequestParam(required = false) String returnTo,
            Model model) {
        OrderOverview overview = pages.overview(user, orderId);
        SectionSupport.requireType(overview.order(), ChangeType.WEBSITE_CHANGE);
        if (!overview.order().state().isEditable()) {
            return SectionSupport.toOrder(orderId);
        }
        model.addAttribute(
                "form",
                DomainsForm.from(
                        com.icpportal.changeorder.ProposalComparison.unicode(
                                overview.order().proposedDomains()),
                        pages.province(overview).maxDomainsPerWebsite(),
                        overview.order().version()));
        return renderDomains(model, overview, returnTo, false);
    }

    @PostMapping("/domains")
    String processDomainsForm(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable UUID orderId,
            @ModelAttribute("form") DomainsForm form,
            BindingResult result,
            @RequestParam(required = false) String returnTo,
            Model model,
            RedirectAttributes redirect) {
        OrderOverview overview = pages.overview(user, orderId);
        ChangeOrderView order = overview.order();
        SectionSupport.requireType(order, ChangeType.WEBSITE_CHANGE);
        ValidationResult saved = changeOrders.saveWebsite(
                Actor.applicant(user.id()),
                orderId,
                form.getVersion(),
                order.proposedWebsite(),
                form.getDomains(),
                Section.DOMAINS);
        if (!saved.isValid()) {
            OrderPages.bind(saved.violations(), result);
            return renderDomains(model, overview, returnTo, true);
        }
        return SectionSupport.afterSave(orderId, returnTo, redirect);
    }

    private String renderWebsite(Model model, OrderOverview overview, String returnTo, boolean failed, Locale locale) {
        pages.addCommon(model, overview, Section.WEBSITE);
        model.addAttribute("serviceTypeOptions", pages.serviceTypes(locale));
        model.addAttribute("preApprovalOptions", pages.preApprovalItems(locale));
        model.addAttribute("returnTo", returnTo);
        model.addAttribute("hasErrors", failed);
        return WEBSITE_VIEW;
    }

    private String renderDomains(Model model, OrderOverview overview, String returnTo, boolean failed) {
        pages.addCommon(model, overview, Section.DOMAINS);
        model.addAttribute(
                "currentDomains",
                overview.filing().websites().stream()
                        .filter(website -> website.id().equals(overview.order().websiteId()))
                        .findFirst()
                        .map(website -> website.domains())
                        .orElse(java.util.List.of()));
        model.addAttribute("returnTo", returnTo);
        model.addAttribute("hasErrors", failed);
        return DOMAINS_VIEW;
    }
}
