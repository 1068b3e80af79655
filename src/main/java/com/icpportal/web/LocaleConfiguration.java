package com.icpportal.web;

import java.util.Locale;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
 * The page language: {@code ?lang=en} or {@code ?lang=zh-CN} on any request changes it for this
 * browser (a cookie) only; the header's switch POSTs to {@link LanguageController}, which also keeps
 * the choice on the account (for emails and other devices). A GET never changes an account: a link
 * or an image on another site could otherwise rewrite it. Before any choice, the account's earlier
 * choice applies, else the browser's Accept-Language.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final String COOKIE = "portal-lang";
    static final String PARAMETER = "lang";

    @Bean
    LocaleResolver localeResolver() {
        return new PortalLocaleResolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName(PARAMETER);
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    static final class PortalLocaleResolver extends CookieLocaleResolver {

        PortalLocaleResolver() {
            super(COOKIE);
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
            super.setLocale(request, response, Languages.closest(locale));
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
