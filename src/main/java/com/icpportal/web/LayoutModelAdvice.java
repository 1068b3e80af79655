package com.icpportal.web;

import java.util.Locale;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

import com.icpportal.shared.Languages;

/**
 * What the layout needs on every page. Thymeleaf 3.1 has no {@code #request}, so the links of the
 * language switch (this page in the other language) are built here.
 */
@ControllerAdvice
class LayoutModelAdvice {

    static final String LANGUAGE_LINKS = "languageLinks";

    @ModelAttribute(LANGUAGE_LINKS)
    static LanguageLinks languageLinks(HttpServletRequest request, Locale locale) {
        return new LanguageLinks(
                link(request, Languages.ENGLISH),
                link(request, Languages.CHINESE),
                Languages.tag(locale),
                returnTo(request));
    }

    /**
     * Where the language switch's POST comes back to: this page without its {@code lang}, for a GET;
     * the start page after a POST, whose address may answer nothing to a GET.
     */
    private static String returnTo(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())
                || request.getDispatcherType() != jakarta.servlet.DispatcherType.REQUEST) {
            return "/";
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return UriComponentsBuilder.fromPath(path.isEmpty() ? "/" : path)
                .query(request.getQueryString())
                .replaceQueryParam(LocaleConfiguration.PARAMETER)
                .build()
                .toUriString();
    }

    private static String link(HttpServletRequest request, Locale language) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return UriComponentsBuilder.fromPath(path.isEmpty() ? "/" : path)
                .query(request.getQueryString())
                .replaceQueryParam(LocaleConfiguration.PARAMETER, Languages.tag(language))
                .build()
                .toUriString();
    }

    /**
     * This page in English and in Chinese (GET links: this browser only), the tag of the current
     * language, and the address the switch's POST form returns to.
     */
    public record LanguageLinks(String english, String chinese, String current, String returnTo) {

        private static final String ENGLISH_TAG = Languages.tag(Languages.ENGLISH);
        private static final String CHINESE_TAG = Languages.tag(Languages.CHINESE);
        private static final String BUTTON = "link-button";
        private static final String CURRENT_BUTTON = "link-button is-current";

        /** The English button's classes: marked when English is the current language. */
        public String englishClass() {
            return ENGLISH_TAG.equals(current) ? CURRENT_BUTTON : BUTTON;
        }

        /** The Chinese button's classes: marked when Chinese is the current language. */
        public String chineseClass() {
            return CHINESE_TAG.equals(current) ? CURRENT_BUTTON : BUTTON;
        }

        /** The English button's {@code aria-current}: "true" when current, else null (no attribute). */
        public String englishCurrent() {
            return ENGLISH_TAG.equals(current) ? "true" : null;
        }

        /** The Chinese button's {@code aria-current}: "true" when current, else null (no attribute). */
        public String chineseCurrent() {
            return CHINESE_TAG.equals(current) ? "true" : null;
        }
    }
}
