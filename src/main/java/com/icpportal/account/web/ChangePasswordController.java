package com.icpportal.account.web;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.icpportal.account.Accounts;
import com.icpportal.account.PasswordOutcome;
import com.icpportal.account.PasswordPolicy;
import com.icpportal.account.PortalUser;
import com.icpportal.account.SessionGuard;

/** A signed-in user changes their password, giving the current one; their other sessions end. */
@Controller
class ChangePasswordController {

    static final String VIEW = "account/change-password";
    static final String PATH = "/account/password";

    private static final DateTimeFormatter RETRY_TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Accounts accounts;
    private final Clock clock;

    ChangePasswordController(Accounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String initForm(Model model) {
        return render(model, new PasswordForm(), false);
    }

    @PostMapping(PATH)
    String processForm(
            @AuthenticationPrincipal PortalUser user,
            @ModelAttribute("form") PasswordForm form,
            BindingResult result,
            HttpServletRequest request,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        PasswordOutcome outcome = accounts.changePassword(
                user.id(), form.getCurrentPassword(), form.getNewPassword(), request.getRemoteAddr());
        switch (outcome.status()) {
            case DONE:
                SessionGuard.keep(session, outcome.sessionGeneration());
                redirect.addFlashAttribute("passwordChanged", true);
                return "redirect:" + PATH;
            case DELAYED:
                result.rejectValue(
                        "currentPassword",
                        "account.password.delayed",
                        new Object[] {RETRY_TIME.format(outcome.retryAt().atZone(clock.getZone()))},
                        null);
                return render(model, form, true);
            case WRONG_CURRENT_PASSWORD:
                result.rejectValue("currentPassword", "account.password.wrongCurrent");
                return render(model, form, true);
            default:
                outcome.problems()
                        .forEach(key -> result.rejectValue(
                                "newPassword",
                                key,
                                new Object[] {PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH},
                                null));
                return render(model, form, true);
        }
    }

    private static String render(Model model, PasswordForm form, boolean failed) {
        form.setCurrentPassword(null);
        form.setNewPassword(null);
        model.addAttribute("form", form);
        model.addAttribute("hasErrors", failed);
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return VIEW;
    }
}
