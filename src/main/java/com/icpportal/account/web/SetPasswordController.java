package com.icpportal.account.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import com.icpportal.account.Accounts;
import com.icpportal.account.PasswordLinkHolder;
import com.icpportal.account.PasswordOutcome;
import com.icpportal.account.PasswordPolicy;

/**
 * The page a one-time link opens: its holder (not signed in) chooses a password. The link is used up
 * only by an accepted password; used, expired or unknown links get one page that says to ask for a new one.
 */
@Controller
class SetPasswordController {

    static final String VIEW = "account/set-password";
    static final String INVALID_VIEW = "account/link-invalid";

    private final Accounts accounts;

    SetPasswordController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account/set-password/{token}")
    String initForm(@PathVariable String token, Model model, HttpServletResponse response) {
        return accounts.linkHolder(token)
                .map(holder -> render(model, token, holder, new PasswordForm(), false))
                .orElseGet(() -> invalid(response));
    }

    @PostMapping("/account/set-password/{token}")
    String processForm(
            @PathVariable String token,
            @ModelAttribute("form") PasswordForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response) {
        PasswordLinkHolder holder = accounts.linkHolder(token).orElse(null);
        if (holder == null) {
            return invalid(response);
        }
        PasswordOutcome outcome = accounts.setPasswordWithLink(token, form.getNewPassword());
        switch (outcome.status()) {
            case DONE:
                return "redirect:/login?passwordSet";
            case REJECTED:
                outcome.problems()
                        .forEach(key -> result.rejectValue(
                                "newPassword",
                                key,
                                new Object[] {PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH},
                                null));
                return render(model, token, holder, form, true);
            default:
                return invalid(response);
        }
    }

    private static String render(
            Model model, String token, PasswordLinkHolder holder, PasswordForm form, boolean failed) {
        form.setNewPassword(null);
        model.addAttribute("token", token);
        model.addAttribute("holder", holder);
        model.addAttribute("form", form);
        model.addAttribute("hasErrors", failed);
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return VIEW;
    }

    private static String invalid(HttpServletResponse response) {
        response.setStatus(HttpStatus.GONE.value());
        return INVALID_VIEW;
    }
}
