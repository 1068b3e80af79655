package com.icpportal.account.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.icpportal.account.LoginThrottle;
import com.icpportal.web.LoginFailureHandler;

/**
 * The portal's own sign-in page; Spring Security processes the POST. After a failure it says when the
 * next attempt will be accepted if this username or address must wait.
 */
@Controller
public class LoginController {

    static final String VIEW = "account/login";
    private static final DateTimeFormatter RETRY_TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final LoginThrottle throttle;
    private final com.icpportal.account.DeviceCookies devices;
    private final Clock clock;

    LoginController(LoginThrottle throttle, com.icpportal.account.DeviceCookies devices, Clock clock) {
        this.throttle = throttle;
        this.devices = devices;
        this.clock = clock;
    }

    @GetMapping("/login")
    String showLoginForm(
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String logout,
            @RequestParam(required = false) String ended,
            @RequestParam(required = false) String passwordSet,
            HttpServletRequest request,
            HttpSession session,
            Model model) {
        Object lastUsername = error != null ? session.getAttribute(LoginFailureHandler.LAST_USERNAME) : null;
        String typed = lastUsername instanceof String name ? name : "";
        Optional<Instant> retryAt = error != null
                ? throttle.retryAt(typed, request.getRemoteAddr(), devices.knownDevice(request, typed))
                : Optional.empty();
        model.addAttribute("loginFailed", error != null);
        model.addAttribute(
                "retryAt",
                retryAt.map(at -> RETRY_TIME.format(at.atZone(clock.getZone()))).orElse(null));
        model.addAttribute("loggedOut", logout != null);
        model.addAttribute("sessionEnded", ended != null);
        model.addAttribute("passwordSet", passwordSet != null);
        model.addAttribute("lastUsername", lastUsername);
        return VIEW;
    }
}
