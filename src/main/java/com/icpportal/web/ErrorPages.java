package com.icpportal.web;

import java.util.Locale;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/** Error pages rendered by exception handlers, which get no {@code @ModelAttribute}s of their own. */
public final class ErrorPages {

    private ErrorPages() {}

    /** The page {@code view} with the status and what the layout needs. */
    public static ModelAndView page(String view, HttpStatus status, HttpServletRequest request, Locale locale) {
        ModelAndView page = new ModelAndView(view, status);
        page.addObject(LayoutModelAdvice.LANGUAGE_LINKS, LayoutModelAdvice.languageLinks(request, locale));
        return page;
    }
}
