package com.icpportal.web;

import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import com.icpportal.shared.DatabaseUnreachable;
import com.icpportal.shared.Languages;

/**
 * While the database cannot be reached, every page answers 503 with {@code Retry-After} and the
 * outage page ({@code error/503}), in the reader's language taken from the request alone
 * ({@code ?lang=}, the language cookie, Accept-Language): the page needs no database, no signed-in
 * lookup and none of the advice the normal error page gets (the header's notice count reads the
 * database, which made the container show its bare English "HTTP Status 500"). The machine API
 * gets {@code {"error":"unavailable"}}.
 *
 * <p>It is the outermost filter after the character encoding, and also wraps error dispatches, so it
 * catches the failure wherever it happens: in the session check, in sign-in, in a controller or in the
 * error page itself.
 */
class OutagePageFilter extends OncePerRequestFilter {

    /** How long a client is asked to wait; the embedded database is usually back within seconds. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(OutagePageFilter.class);
    private static final long LOG_EVERY_MILLIS = 30_000;

    private final ObjectProvider<ITemplateEngine> templates;
    private final AtomicLong lastLogged = new AtomicLong();
    private final AtomicLong unreported = new AtomicLong();

    OutagePageFilter(ObjectProvider<ITemplateEngine> templates) {
        this.templates = templates;
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<OutagePageFilter> outagePageFilter(ObjectProvider<ITemplateEngine> templates) {
            FilterRegistrationBean<OutagePageFilter> registration =
                    new FilterRegistrationBean<>(new OutagePageFilter(templates));
            // after the character encoding filter (HIGHEST_PRECEDENCE), before everything else
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
            registration.setDispatcherTypes(EnumSet.of(
                    DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD, DispatcherType.ASYNC));
            return registration;
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseUnreachable.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            report(request, e);
            answer(request, response);
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Long.toString(RETRY_AFTER.toSeconds()));
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"error\":\"unavailable\"}");
            return;
        }
        response.setHeader("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setContentType("text/html;charset=UTF-8");
        Locale locale = readersLanguage(request);
        LayoutModelAdvice.LanguageLinks links = LayoutModelAdvice.languageLinks(request, locale);
        // This page again (a form's POST address may not take a GET: then the start page).
        String again = "GET".equals(request.getMethod()) && request.getDispatcherType() == DispatcherType.REQUEST
                ? (Languages.ENGLISH.equals(locale) ? links.english() : links.chinese())
                : "/";
        WebContext context = new WebContext(
                JakartaServletWebApplication.buildApplication(request.getServletContext())
                        .buildExchange(request, response),
                locale,
                // layoutLinks: no header links, and no bean lookup (this context has no bean resolver)
                Map.of(
                        LayoutModelAdvice.LANGUAGE_LINKS,
                        links,
                        "tryAgain",
                        again,
                        "layoutLinks",
                        LayoutNavigation.Links.NONE));
        templates.getObject().process("error/503", context, response.getWriter());
    }

    /**
     * {@code ?lang=}, then the language cookie, then Accept-Language; never the account (that needs
     * the database). Only the query string is read: the body of an upload is not parsed for this.
     */
    static Locale readersLanguage(HttpServletRequest request) {
        String chosen = UriComponentsBuilder.newInstance()
                .query(request.getQueryString())
                .build()
                .getQueryParams()
                .getFirst(LocaleConfiguration.PARAMETER);
        if (chosen == null && request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (LocaleConfiguration.COOKIE.equals(cookie.getName())) {
                    chosen = cookie.getValue();
                }
            }
        }
        if (chosen != null && !chosen.isBlank()) {
            return Languages.closest(Locale.forLanguageTag(chosen.strip().replace('_', '-')));
        }
        if (request.getHeader("Accept-Language") != null) {
            for (Locale accepted : java.util.Collections.list(request.getLocales())) {
                if ("zh".equals(accepted.getLanguage()) || "en".equals(accepted.getLanguage())) {
                    return Languages.closest(accepted);
                }
            }
        }
        return Languages.ENGLISH;
    }

    /** One WARN line every 30 s while the outage lasts, with the number of pages answered 503 since. */
    private void report(HttpServletRequest request, Exception failure) {
        long now = System.currentTimeMillis();
        long last = lastLogged.get();
        long answered = unreported.incrementAndGet();
        if (now - last >= LOG_EVERY_MILLIS && lastLogged.compareAndSet(last, now)) {
            unreported.set(0);
            Throwable root = failure;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            log.warn(
                    "The database cannot be reached: {} request(s) answered 503 (the last {} {}): {}",
                    answered,
                    request.getMethod(),
                    request.getRequestURI(),
                    root.toString());
        }
    }
}
