package com.icpportal.authority.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.icpportal.authority.AuthoritySettings;
import com.icpportal.authority.SimulatedAuthorityGateway;
import com.icpportal.authority.SmsCodeResult;
import com.icpportal.shared.NotFoundException;
import com.icpportal.values.MobileNumber;

/**
 * The simulated administration's own SMS verification page, where a principal enters the order's
 * reference, the mobile and the code texted to it. Public (the administration's site needs no
 * portal account); it exists only while the simulated gateway is in use.
 */
@Controller
@RequestMapping(SimulatedAdministrationController.PATH)
class SimulatedAdministrationController {

    static final String PATH = "/simulated-administration/sms";
    static final String VIEW = "authority/simulated-sms";

    private final AuthoritySettings settings;
    private final SimulatedAuthorityGateway gateway;
    private final CodeEntryLimit limit;

    SimulatedAdministrationController(
            AuthoritySettings settings, SimulatedAuthorityGateway gateway, CodeEntryLimit limit) {
        this.settings = settings;
        this.gateway = gateway;
        this.limit = limit;
    }

    @ModelAttribute
    void requireSimulated() {
        if (!settings.simulated()) {
            throw new NotFoundException("the simulated administration is not in use");
        }
    }

    @GetMapping
    String showForm(
            @RequestParam(defaultValue = "") String reference,
            @RequestParam(defaultValue = "") String mobile,
            Model model) {
        model.addAttribute("reference", reference);
        model.addAttribute("mobile", mobile);
        model.addAttribute("errors", Map.of());
        return VIEW;
    }

    @PostMapping
    String enterCode(
            @RequestParam(defaultValue = "") String reference,
            @RequestParam(defaultValue = "") String mobile,
            @RequestParam(defaultValue = "") String code,
            Model model,
            RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!limit.allow(request.getRemoteAddr())) {
            // Too many entries from this address: no code is checked, so no attempt of the order is spent.
            response.setStatus(org.springframework.http.HttpStatus.TOO_MANY_REQUESTS.value());
            errors.put("code", "simulated.sms.tooMany");
            model.addAttribute("reference", reference);
            model.addAttribute("mobile", mobile);
            model.addAttribute("errors", errors);
            return VIEW;
        }
        if (reference.isBlank()) {
            errors.put("reference", "simulated.sms.reference.missing");
        }
        if (mobile.isBlank()) {
            errors.put("mobile", "simulated.sms.mobile.missing");
        } else if (!MobileNumber.isValid(mobile)) {
            errors.put("mobile", "simulated.sms.mobile.format");
        }
        if (!code.strip().matches("\\d{6}")) {
            errors.put("code", "simulated.sms.code.format");
        }
        SmsCodeResult result =
                errors.isEmpty() ? gateway.enterCode(reference, mobile, code, request.getRemoteAddr()) : null;
        if (result != null) {
            switch (result.outcome()) {
                case NOT_WAITING -> errors.put("reference", "simulated.sms.notWaiting");
                case WRONG -> errors.put("code", "simulated.sms.code.wrong");
                case PAUSED -> errors.put("code", "simulated.sms.code.paused");
                default -> {
                    redirect.addFlashAttribute(
                            "outcome",
                            "simulated.sms.outcome." + result.outcome().name());
                    return "redirect:" + PATH;
                }
            }
        }
        model.addAttribute("reference", reference);
        model.addAttribute("mobile", mobile);
        model.addAttribute("errors", errors);
        model.addAttribute("attemptsLeft", result == null ? null : result.attemptsLeft());
        return VIEW;
    }
}
