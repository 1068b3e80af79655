package com.icpportal.filing.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.icpportal.account.AccountView;
import com.icpportal.account.Accounts;
import com.icpportal.account.PortalUser;
import com.icpportal.filing.AdminFiling;
import com.icpportal.filing.FilingAdmin;
import com.icpportal.filing.OtherOrderType;
import com.icpportal.filing.web.FilingAdminForms.AssignForm;
import com.icpportal.filing.web.FilingAdminForms.CancelForm;
import com.icpportal.filing.web.FilingAdminForms.OtherOrderForm;
import com.icpportal.province.ProvinceRules;
import com.icpportal.province.Provinces;
import com.icpportal.shared.ImportProblem;

/**
 * All filings for admins: search, and one filing's page where it is given to an applicant
 * account, an order of another type in process elsewhere is recorded or cleared, or the filing
 * is cancelled (after a confirmation step).
 */
@Controller
@RequestMapping("/admin/filings")
class FilingAdminController {

    static final String LIST_VIEW = "filing/admin-filings";
    static final String FILING_VIEW = "filing/admin-filing";
    static final String CANCEL_VIEW = "filing/admin-cancel";
    static final int PAGE_SIZE = 50;

    private final FilingAdmin admin;
    private final Accounts accounts;
    private final Provinces provinces;
    private final Clock clock;

    FilingAdminController(FilingAdmin admin, Accounts accounts, Provinces provinces, Clock clock) {
        this.admin = admin;
        this.accounts = accounts;
        this.provinces = provinces;
        this.clock = clock;
    }

    @GetMapping
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String after, Model model) {
        SearchPage<AdminFiling> page = SearchPage.of(
                admin.search(q, after, PAGE_SIZE + 1),
                PAGE_SIZE,
                "/admin/filings",
                q,
                row -> row.filing().icpNumber());
        model.addAttribute("q", q);
        model.addAttribute("filings", page.rows());
        model.addAttribute("provinces", provinces.byCode());
        model.addAttribute("nextPage", page.nextPage());
        return LIST_VIEW;
    }

    @GetMapping("/{id}")
    String showFiling(@PathVariable UUID id, Model model) {
        return render(admin.filing(id), model, false);
    }

    @PostMapping("/{id}/owner")
    String assign(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable UUID id,
            @ModelAttribute("assignForm") AssignForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        List<ImportProblem> problems = admin.assign(id, form.getVersion(), form.getUsername(), user.id());
        if (!problems.isEmpty()) {
            DomainRecordsController.bind(problems, result);
            return render(admin.filing(id), model, true);
        }
        return done(id, "filingAdmin.assigned", redirect);
    }

    @PostMapping("/{id}/other-order")
    String recordOtherOrder(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable UUID id,
            @ModelAttribute("otherOrderForm") OtherOrderForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        List<ImportProblem> problems = admin.recordOrderInProcess(
                id, form.getVersion(), form.getType(), form.getReference(), form.getSince(), user.id());
        if (!problems.isEmpty()) {
            DomainRecordsController.bind(problems, result);
            return render(admin.filing(id), model, true);
        }
        return done(id, "filingAdmin.otherOrderRecorded", redirect);
    }

    @PostMapping("/{id}/other-order/clear")
    String clearOtherOrder(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable UUID id,
            @RequestParam long version,
            RedirectAttributes redirect) {
        admin.clearOrderInProcess(id, version, user.id());
        return done(id, "filingAdmin.otherOrderCleared", redirect);
    }

    @GetMapping("/{id}/cancel")
    String confirmCancel(@PathVariable UUID id, Model model) {
        AdminFiling filing = admin.filing(id);
        CancelForm form = new CancelForm();
        form.setOn(LocalDate.now(clock).toString());
        form.setVersion(filing.filing().version());
        model.addAttribute("cancelForm", form);
        return renderCancel(filing, model, false);
    }

    @PostMapping("/{id}/cancel")
    String cancel(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable UUID id,
            @ModelAttribute("cancelForm") CancelForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        List<ImportProblem> problems = admin.cancel(id, form.getVersion(), form.getOn(), user.id());
        if (!problems.isEmpty()) {
            DomainRecordsController.bind(problems, result);
            return renderCancel(admin.filing(id), model, true);
        }
        return done(id, "filingAdmin.cancelled", redirect);
    }

    private String done(UUID id, String notice, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/admin/filings/" + id;
    }

    /** The filing's page; a form sent and refused is in the model already, as typed, the other starts afresh. */
    private String render(AdminFiling filing, Model model, boolean failed) {
        addFiling(filing, model);
        model.mergeAttributes(Map.of("assignForm", assignForm(filing), "otherOrderForm", otherOrderForm(filing)));
        model.addAttribute("otherOrderTypes", OtherOrderType.values());
        model.addAttribute("hasErrors", failed);
        return FILING_VIEW;
    }

    private String renderCancel(AdminFiling filing, Model model, boolean failed) {
        addFiling(filing, model);
        model.addAttribute("hasErrors", failed);
        return CANCEL_VIEW;
    }

    private void addFiling(AdminFiling filing, Model model) {
        Map<String, ProvinceRules> byCode = provinces.byCode();
        model.addAttribute("filing", filing.filing());
        model.addAttribute("province", byCode.get(filing.filing().provinceCode()));
        model.addAttribute(
                "owner",
                filing.ownerId() == null
                        ? null
                        : accounts.findById(filing.ownerId())
                                .map(AccountView::username)
                                .orElse(null));
    }

    private static AssignForm assignForm(AdminFiling filing) {
        AssignForm form = new AssignForm();
        form.setVersion(filing.filing().version());
        return form;
    }

    private OtherOrderForm otherOrderForm(AdminFiling filing) {
        OtherOrderForm form = new OtherOrderForm();
        form.setSince(LocalDate.now(clock).toString());
        form.setVersion(filing.filing().version());
        return form;
    }
}
