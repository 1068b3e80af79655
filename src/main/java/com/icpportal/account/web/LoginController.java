package com.icpportal.account.web;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.icpportal.web.LoginFailureHandler;

/** The portal's own sign-in page; Spring Security processes the POST. */
@Controller
public class LoginController {

    static final String VIEW = "account/login";

    @GetMapping("/login")
    String showLoginForm(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
            HttpSession session, Model model) {
        model.addAttribute("loginFailed", error != null);
        model.addAttribute("loggedOut", logout != null);
        model.addAttribute("lastUsername", error != null ? session.getAttribute(LoginFailureHandler.LAST_USERNAME) : null);
        return VIEW;
    }
}
