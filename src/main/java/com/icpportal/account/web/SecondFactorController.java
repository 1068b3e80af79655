package com.icpportal.account.web;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.icpportal.account.PortalUser;
import com.icpportal.account.SecondFactors;
import com.icpportal.web.SecondFactorPrincipal;

/**
 * The second step of signing in, and the enrolment of an authenticator app. Someone signed in with
 * their password whose pages need the second factor arrives at {@code /login/second-factor}: with an
 * app enrolled they type its code (or a recovery code), otherwise they enrol first (staff at their
 * first sign-in after second factors came in; applicants who choose to). A right code adds Spring
 * Security's {@link FactorGrantedAuthority} {@value SecondFactorPrincipal#AUTHORITY}, with the time,
 * to the sign-in; sensitive admin actions ask again once it is older than 15 minutes.
 */
@Controller
class SecondFactorController {

    static final String ENROL = "/account/second-factor";
    private static final DateTimeFormatter RETRY_TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final SecondFactors factors;
    private final Clock clock;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final RequestCache requests = new HttpSessionRequestCache();

    SecondFactorController(SecondFactors factors, Clock clock) {
        this.factors = factors;
        this.clock = clock;
    }

    @GetMapping(SecondFactorPrincipal.PAGE)
    String codeForm(Authentication authentication, Model model) {
        PortalUser user = (PortalUser) authentication.getPrincipal();
        if (!factors.enrolled(user.id())) {
            return "redirect:" + ENROL;
        }
        model.addAttribute("again", hasFactor(authentication));
        return "account/second-factor";
    }

    @PostMapping(SecondFactorPrincipal.PAGE)
    String checkCode(
            @RequestParam(required = false) String code,
            Authentication authentication,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        PortalUser user = (PortalUser) authentication.getPrincipal();
        if (!factors.enrolled(user.id())) {
            return "redirect:" + ENROL;
        }
        SecondFactors.Check check = factors.check(user.id(), user.getUsername(), code, request.getRemoteAddr());
        if (!check.accepted()) {
            model.addAttribute("again", hasFactor(authentication));
            model.addAttribute("codeWrong", true);
            model.addAttribute(
                    "retryAt",
                    check.retryAt() == null
                            ? null
                            : RETRY_TIME.format(check.retryAt().atZone(clock.getZone())));
            return "account/second-factor";
        }
        addFactor(authentication, request, response);
        return "redirect:" + next(request, response);
    }

    @GetMapping(ENROL)
    String enrolment(Authentication authentication, Model model) {
        PortalUser user = (PortalUser) authentication.getPrincipal();
        if (factors.enrolled(user.id())) {
            if (!hasFactor(authentication)) {
                return "redirect:" + SecondFactorPrincipal.PAGE;
            }
            return "account/second-factor-status";
        }
        return renderEnrolment(user, model, false);
    }

    @PostMapping(ENROL)
    String confirm(
            @RequestParam(required = false) String code,
            Authentication authentication,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        PortalUser user = (PortalUser) authentication.getPrincipal();
        if (factors.enrolled(user.id())) {
            return "redirect:" + ENROL;
        }
        Optional<List<String>> recoveryCodes = factors.confirmEnrolment(user.id(), code);
        if (recoveryCodes.isEmpty()) {
            return renderEnrolment(user, model, true);
        }
        addFactor(authentication, request, response);
        model.addAttribute("recoveryCodes", recoveryCodes.get());
        model.addAttribute("next", next(request, response));
        return "account/recovery-codes";
    }

    private String renderEnrolment(PortalUser user, Model model, boolean codeWrong) {
        SecondFactors.Enrolment enrolment = factors.startEnrolment(user.id());
        model.addAttribute("secret", enrolment.secret().replaceAll("(.{4})(?!$)", "$1 "));
        model.addAttribute("qrCode", QrCode.svgDataUri(enrolment.otpauthUri()));
        model.addAttribute("required", user.secondFactorRequired());
        model.addAttribute("codeWrong", codeWrong);
        return "account/second-factor-enrol";
    }

    private static boolean hasFactor(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(SecondFactorPrincipal.AUTHORITY::equals);
    }

    /**
     * The sign-in now carries the second factor, issued now; the session gets a new id, as at any
     * raise of privilege.
     */
    private void addFactor(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            if (!SecondFactorPrincipal.AUTHORITY.equals(authority.getAuthority())) {
                authorities.add(authority);
            }
        }
        authorities.add(FactorGrantedAuthority.withAuthority(SecondFactorPrincipal.AUTHORITY)
                .issuedAt(clock.instant())
                .build());
        UsernamePasswordAuthenticationToken upgraded =
                UsernamePasswordAuthenticationToken.authenticated(authentication.getPrincipal(), null, authorities);
        upgraded.setDetails(authentication.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(upgraded);
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        contexts.saveContext(context, request, response);
    }

    /**
     * The page that asked for the second factor, else the start page. A form sent (a POST: changing
     * roles after 15 minutes) cannot be sent again by a redirect: back to the page it was sent from.
     */
    private String next(HttpServletRequest request, HttpServletResponse response) {
        SavedRequest saved = requests.getRequest(request, response);
        if (saved == null) {
            return "/";
        }
        requests.removeRequest(request, response);
        if ("GET".equalsIgnoreCase(saved.getMethod())) {
            return localPath(saved.getRedirectUrl());
        }
        List<String> referer = saved.getHeaderValues("Referer");
        return referer == null || referer.isEmpty() ? "/" : localPath(referer.get(0));
    }

    /** The path and query of an address on this site; anything else is the start page. */
    private static String localPath(String url) {
        try {
            java.net.URI uri = java.net.URI.create(url);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return "/";
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException notAnAddress) {
            return "/";
        }
    }
}
