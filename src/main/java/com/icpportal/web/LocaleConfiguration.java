package com.icpportal.web;

import java.util.Locale;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import com.icpportal.shared.Languages;

/**
 * The page language: chosen with {@code ?lang=en} or {@code ?lang=zh-CN} and then remembered in a
 * cookie and on the account; before any choice, the account's earlier choice, else the browser's
 * Accept-Language.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final String COOKIE = "portal-lang";
    static final String PARAMETER = "lang";

    @Bean
    LocaleResolver localeResolver(ApplicationEventPublisher events) {
        return new PortalLocaleResolver(events);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName(PARAMETER);
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    static final class PortalLocaleResolver extends CookieLocaleResolver {

        private final ApplicationEventPublisher events;

        PortalLocaleResolver(ApplicationEventPublisher events) {
            super(COOKIE);
            this.events = events;
            setCookieMaxAge(java.time.Duration.ofDays(365));
            setCookieSameSite("Lax");
            setCookieHttpOnly(true);
            setDefaultLocaleFunction(PortalLocaleResolver::defaultLocale);
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            return Languages.closest(super.resolveLocale(request));
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            Locale chosen = Languages.closest(locale);
            super.setLocale(request, response, chosen);
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof LocalePreference) {
                events.publishEvent(new LanguageChosen(authentication.getName(), chosen));
            }
        }

        private static Locale defaultLocale(HttpServletRequest request) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof LocalePreference preference) {
                var preferred = preference.preferredLocale();
                if (preferred.isPresent()) {
                    return preferred.get();
                }
            }
            if (request.getHeader("Accept-Language") != null) {
                for (Locale accepted : java.util.Collections.list(request.getLocales())) {
                    if ("zh".equals(accepted.getLanguage())) {
                        return Languages.CHINESE;
                    }
                    if ("en".equals(accepted.getLanguage())) {
                        return Languages.ENGLISH;
                    }
                }
            }
            return Languages.ENGLISH;
        }
    }
}
