package com.icpportal.web;

import java.io.IOException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * The CSRF token of an upload form is a part of its body (never in its address, which would keep
 * it in the browser's history). When the body is larger than the container's multipart limit, the
 * container refuses to read it and the token is missing: that refusal is then answered as the
 * upload being too large, by the application's own handler of that exception (the page of the
 * upload, with the size message at its field), instead of a bare 403. Nothing is done that the
 * token would have had to allow; every other refusal stays a 403.
 */
final class OversizedUploadDeniedHandler implements AccessDeniedHandler {

    private final AccessDeniedHandler otherwise;
    private final MultipartResolver multipart;
    private final HandlerExceptionResolver exceptions;

    /** @param otherwise answers every refusal that is not an unreadable oversized upload */
    OversizedUploadDeniedHandler(
            MultipartResolver multipart, HandlerExceptionResolver exceptions, AccessDeniedHandler otherwise) {
        this.multipart = multipart;
        this.exceptions = exceptions;
        this.otherwise = otherwise;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (denied instanceof CsrfException
                && request.getAttribute(UnreadableBodyCsrfTokenRequestHandler.UNREADABLE_BODY)
                        instanceof RuntimeException unparsable
                && !(unparsable instanceof IllegalStateException)) {
            // a body the container could not parse at all (a NUL in a file name): the 400 page, by
            // the container's error dispatch (outside the dispatcher nothing would render a view)
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (denied instanceof CsrfException && multipart.isMultipart(request)) {
            try {
                multipart.resolveMultipart(request);
            } catch (MultipartException unreadable) {
                // too large: the page of the upload with the size message; malformed (a NUL in a
                // file name, a truncated body): the 400 page (MalformedRequests)
                exceptions.resolveException(request, response, null, unreadable);
                if (response.isCommitted()) {
                    return;
                }
            }
        }
        otherwise.handle(request, response, denied);
    }
}
