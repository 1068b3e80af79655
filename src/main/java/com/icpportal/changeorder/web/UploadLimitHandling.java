package com.icpportal.changeorder.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import com.icpportal.document.DocumentKind;
import com.icpportal.document.DocumentSettings;
import com.icpportal.document.UploadOutcome;

/**
 * An upload larger than the multipart limit never reaches a controller: the request is refused
 * while it is read. The person still gets the page of the upload with the size message at the
 * field. This answers both where Spring MVC meets the oversized body and where the CSRF check met
 * it first (its token, a part of the body, could not be read: the security chain hands the
 * exception here without doing anything the token would have had to allow).
 *
 * <p>The handler writes the redirect itself, so that it works outside the dispatcher too.
 */
@ControllerAdvice
@org.springframework.core.annotation.Order(0)
class UploadLimitHandling {

    private static final Pattern DOCUMENT_UPLOAD = Pattern.compile("/orders/([0-9a-f-]{36})/documents/([A-Z_]+)");
    private static final Pattern PHOTO_UPLOAD = Pattern.compile("/orders/([0-9a-f-]{36})/verification/photo");

    private final DocumentSettings settings;

    UploadLimitHandling(DocumentSettings settings) {
        this.settings = settings;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + pageOf(request));
    }

    private String pageOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher document = DOCUMENT_UPLOAD.matcher(path);
        if (document.matches()) {
            DocumentKind kind = RefusedUploads.named(document.group(2));
            if (kind != null) {
                UUID orderId = UUID.fromString(document.group(1));
                return RefusedUploads.keep(request, "/orders/" + orderId + "/documents", orderId, kind, tooLarge(kind));
            }
        }
        Matcher photo = PHOTO_UPLOAD.matcher(path);
        if (photo.matches()) {
            UUID orderId = UUID.fromString(photo.group(1));
            return RefusedUploads.keep(
                    request,
                    "/orders/" + orderId + "/verification",
                    orderId,
                    DocumentKind.VERIFICATION_PHOTO,
                    tooLarge(DocumentKind.VERIFICATION_PHOTO));
        }
        return "/";
    }

    private UploadOutcome.Refused tooLarge(DocumentKind kind) {
        return new UploadOutcome.Refused("document.problem.tooLarge", new Object[] {settings.limitLabel(kind)});
    }
}
