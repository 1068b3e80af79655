package com.icpportal.account.web;

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

import com.icpportal.account.AccountChangeRefused;
import com.icpportal.account.AccountView;
import com.icpportal.account.Accounts;
import com.icpportal.account.IssuedLink;
import com.icpportal.account.PortalUser;

/**
 * Admins manage accounts: search, open one (with a one-time link to set its password), change its
 * roles, disable or enable it, and issue a new link. The rules (not yourself, never the last admin)
 * live in {@link Accounts}; this page shows their refusals at the control concerned.
 */
@Controller
@RequestMapping(AccountPages.BASE)
class AdminAccountsController {

    static final String LIST_VIEW = "account/admin-list";
    static final String NEW_VIEW = "account/admin-new";
    static final String ACCOUNT_VIEW = "account/admin-account";

    private final Accounts accounts;
    private final PortalAddress address;
    private final com.icpportal.account.SecondFactors secondFactors;

    AdminAccountsController(
            Accounts accounts, PortalAddress address, com.icpportal.account.SecondFactors secondFactors) {
        this.accounts = accounts;
        this.address = address;
        this.secondFactors = secondFactors;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, Model model) {
        var found = accounts.search(q);
        model.addAttribute("q", q);
        model.addAttribute("accounts", found);
        model.addAttribute("limited", found.size() >= Accounts.SEARCH_LIMIT);
        model.addAttribute("limit", Accounts.SEARCH_LIMIT);
        return LIST_VIEW;
    }

    @GetMapping("/new")
    String initCreationForm(Model model) {
        return renderNew(model, new AccountForm(), false);
    }

    @PostMapping
    String processCreationForm(
            @AuthenticationPrincipal PortalUser admin,
            @ModelAttribute("form") AccountForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        form.validate(result);
        if (result.hasErrors()) {
            return renderNew(model, form, true);
        }
        IssuedLink link;
        try {
            link = accounts.open(form.toRequest(), admin.id(), address.baseUrl());
        } catch (AccountChangeRefused refused) {
            result.rejectValue(
                    refused.messageKey().startsWith("account.username") ? "username" : "roles", refused.messageKey());
            return renderNew(model, form, true);
        }
        redirect.addFlashAttribute("issuedLink", link);
        redirect.addFlashAttribute("created", true);
        return "redirect:" + AccountPages.BASE + "/" + link.accountId();
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        AccountView account = load(id);
        return renderAccount(model, account, RolesForm.from(account), null);
    }

    @PostMapping("/{id}/roles")
    String changeRoles(
            @AuthenticationPrincipal PortalUser admin,
            @PathVariable UUID id,
            @ModelAttribute("rolesForm") RolesForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        try {
            accounts.changeRoles(admin.id(), id, form.getVersion(), form.getRoles());
        } catch (AccountChangeRefused refused) {
            result.rejectValue("roles", refused.messageKey());
            model.addAttribute("rolesError", refused.messageKey());
            return renderAccount(model, load(id), form, null);
        }
        redirect.addFlashAttribute("saved", "account.admin.rolesSaved");
        return "redirect:" + AccountPages.BASE + "/" + id;
    }

    @PostMapping("/{id}/disable")
    String disable(
            @AuthenticationPrincipal PortalUser admin,
            @PathVariable UUID id,
            @RequestParam long version,
            Model model,
            RedirectAttributes redirect) {
        try {
            accounts.disable(admin.id(), id, version);
        } catch (AccountChangeRefused refused) {
            AccountView account = load(id);
            return renderAccount(model, account, RolesForm.from(account), refused.messageKey());
        }
        redirect.addFlashAttribute("saved", "account.admin.disabled");
        return "redirect:" + AccountPages.BASE + "/" + id;
    }

    @PostMapping("/{id}/enable")
    String enable(
            @AuthenticationPrincipal PortalUser admin,
            @PathVariable UUID id,
            @RequestParam long version,
            RedirectAttributes redirect) {
        accounts.enable(admin.id(), id, version);
        redirect.addFlashAttribute("saved", "account.admin.enabled");
        return "redirect:" + AccountPages.BASE + "/" + id;
    }

    @PostMapping("/{id}/password-link")
    String issueLink(@AuthenticationPrincipal PortalUser admin, @PathVariable UUID id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("issuedLink", accounts.resetPassword(admin.id(), id, address.baseUrl()));
        return "redirect:" + AccountPages.BASE + "/" + id;
    }

    /** Another staff member lost their phone and recovery codes: they enrol again at their next sign-in. */
    @PostMapping("/{id}/second-factor/reset")
    String resetSecondFactor(
            @AuthenticationPrincipal PortalUser admin,
            @PathVariable UUID id,
            Model model,
            RedirectAttributes redirect) {
        AccountView account = load(id);
        try {
            secondFactors.reset(admin.id(), id);
        } catch (AccountChangeRefused refused) {
            model.addAttribute("secondFactorError", refused.messageKey());
            return renderAccount(model, account, RolesForm.from(account), null);
        }
        redirect.addFlashAttribute("saved", "account.secondFactor.resetDone");
        return "redirect:" + AccountPages.BASE + "/" + id;
    }

    private AccountView load(UUID id) {
        return accounts.findById(id).orElseThrow(() -> new com.icpportal.shared.NotFoundException("account"));
    }

    private static String renderNew(Model model, AccountForm form, boolean failed) {
        model.addAttribute("form", form);
        model.addAttribute("hasErrors", failed);
        model.addAttribute("roleOptions", AccountPages.ROLES);
        model.addAttribute("languages", AccountPages.LANGUAGES);
        return NEW_VIEW;
    }

    private String renderAccount(Model model, AccountView account, RolesForm rolesForm, String statusError) {
        model.addAttribute("account", account);
        model.addAttribute("secondFactorEnrolled", secondFactors.enrolled(account.id()));
        model.addAttribute("rolesForm", rolesForm);
        model.addAttribute("roleOptions", AccountPages.ROLES);
        model.addAttribute("statusError", statusError);
        return ACCOUNT_VIEW;
    }
}
