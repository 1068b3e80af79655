package com.icpportal.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Sends each user to the landing page of their role. */
@Controller
class RootController {

    @GetMapping("/")
    String landing(Authentication authentication) {
        if (hasRole(authentication, Roles.ADMIN)) {
            return "redirect:/admin";
        }
        if (hasRole(authentication, Roles.REVIEWER)) {
            return "redirect:/review";
        }
        return "redirect:/filings";
    }

    private static boolean hasRole(Authentication authentication, String role) {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(("ROLE_" + role)::equals);
    }
}
