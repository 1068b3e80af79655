package com.icpportal.web;

import java.io.IOException;
import java.util.Map;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 400 (the plain "request could not be completed" page) to a request whose parameters hold
 * a NUL character ({@code %00}). PostgreSQL cannot store or compare text containing NUL, so such a
 * value in a search box or form field would otherwise fail deep in a query with a 500. Nobody types
 * NUL; it only arrives from tampered addresses and scripts.
 *
 * <p>Runs after the character-encoding filter (so parameters are decoded as UTF-8) and before
 * Spring Security (so the sign-in form is covered too). Multipart bodies are not parsed here (their
 * size limits are handled by the upload pages); only their query string is checked.
 */
class NulCharacterFilter extends OncePerRequestFilter {

    private static final char NUL = '\u0000';

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<NulCharacterFilter> nulCharacterFilter() {
            FilterRegistrationBean<NulCharacterFilter> registration =
                    new FilterRegistrationBean<>(new NulCharacterFilter());
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
            return registration;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (holdsNul(request)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean holdsNul(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
            String query = request.getQueryString();
            return query != null && query.toLowerCase().contains("%00");
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (parameter.getKey().indexOf(NUL) >= 0) {
                return true;
            }
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf(NUL) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
