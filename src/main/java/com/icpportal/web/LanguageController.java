package com.icpportal.web;

import java.util.Locale;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

import com.icpportal.shared.Languages;

/**
 * The header's language switch, a POST form on every page (it works without JavaScript): changes
 * the language for this browser and, for a signed-in person, keeps it on the account. Then back to
 * the page the switch was on, only ever a path on this site.
 */
@Controller
class LanguageController {

    static final String PATH = "/language";

    private final LocaleResolver locales;
    private final ApplicationEventPublisher events;

    LanguageController(LocaleResolver locales, ApplicationEventPublisher events) {
        this.locales = locales;
        this.events = events;
    }

    @PostMapping(PATH)
    String choose(
            @RequestParam(LocaleConfiguration.PARAMETER) String language,
            @RequestParam(required = false) String returnTo,
            Authentication authentication,
            HttpServletRequest request,
            HttpServletResponse response) {
        Locale chosen = Languages.closest(Locale.forLanguageTag(language));
        locales.setLocale(request, response, chosen);
        if (authentication != null && authentication.getPrincipal() instanceof LocalePreference) {
            events.publishEvent(new LanguageChosen(authentication.getName(), chosen));
        }
        return "redirect:" + localPath(returnTo);
    }

    /** A path on this site, never another site's address ("//evil.example", "/\\evil.example"). */
    static String localPath(String returnTo) {
        if (returnTo == null
                || !returnTo.startsWith("/")
                || returnTo.startsWith("//")
                || returnTo.startsWith("/\\")
                || returnTo.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "/";
        }
        return returnTo;
    }
}
