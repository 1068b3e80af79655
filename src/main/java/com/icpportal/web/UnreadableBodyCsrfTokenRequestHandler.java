package com.icpportal.web;

import java.util.function.Supplier;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Spring Security's standard handling of the CSRF token (the {@code _csrf} field of the form, in
 * the body, multipart ones included), where a body the container cannot read (an upload beyond its
 * multipart limit) simply has no token, so that the refusal reaches {@link
 * OversizedUploadDeniedHandler} instead of escaping the filter as a 500.
 */
final class UnreadableBodyCsrfTokenRequestHandler implements CsrfTokenRequestHandler {

    private final XorCsrfTokenRequestAttributeHandler delegate = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
        delegate.handle(request, response, csrfToken);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
        try {
            return delegate.resolveCsrfTokenValue(request, csrfToken);
        } catch (IllegalStateException unreadable) {
            // Tomcat: "the request was rejected because its size exceeds the configured maximum"
            return null;
        }
    }
}
