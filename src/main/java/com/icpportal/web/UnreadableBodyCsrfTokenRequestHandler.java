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
 * multipart limit, or one it cannot parse) simply has no token, so that the refusal reaches {@link
 * OversizedUploadDeniedHandler} instead of escaping the filter as a 500.
 */
final class UnreadableBodyCsrfTokenRequestHandler implements CsrfTokenRequestHandler {

    /** The request attribute holding why the body could not be read. */
    static final String UNREADABLE_BODY = UnreadableBodyCsrfTokenRequestHandler.class.getName() + ".unreadable";

    private final XorCsrfTokenRequestAttributeHandler delegate = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
        delegate.handle(request, response, csrfToken);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
        try {
            return delegate.resolveCsrfTokenValue(request, csrfToken);
        } catch (RuntimeException unreadable) {
            // Tomcat: "the request was rejected because its size exceeds the configured maximum"
            // (IllegalStateException), or a body it cannot parse, such as a NUL in a file name
            // (InvalidFileNameException): no token could be read; the refusal's handler answers why
            request.setAttribute(UNREADABLE_BODY, unreadable);
            return null;
        }
    }
}
