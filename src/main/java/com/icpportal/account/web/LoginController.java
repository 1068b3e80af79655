package com.icpportal.account.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The portal's own sign-in page; Spring Security processes the POST. */
@Controller
public class LoginController {

    static final String VIEW = "account/login";

    @GetMapping("/login")
    String showLoginForm() {
        return VIEW;
    }
}
