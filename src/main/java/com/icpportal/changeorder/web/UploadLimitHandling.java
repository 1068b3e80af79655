package com.icpportal.changeorder.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

import com.icpportal.document.DocumentKind;
import com.icpportal.document.UploadOutcome;

/**
 * An upload larger than the multipart limit never reaches a controller: the request is refused
 * while it is read. The person still gets the documents page with the size message at the field
 * (the CSRF token travels in the form's URL, so the refusal is not a 403). Ordered before the
 * web module's catch-all for unreadable multipart requests.
 */
@ControllerAdvice
@org.springframework.core.annotation.Order(0)
class UploadLimitHandling {

    private final com.icpportal.document.DocumentSettings settings;

    UploadLimitHandling(com.icpportal.document.DocumentSettings settings) {
        this.settings = settings;
    }

    private static final Pattern DOCUMENT_UPLOAD = Pattern.compile("/orders/([0-9a-f-]{36})/documents/([A-Z_]+)");

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, HttpServletResponse response) {
        Matcher matcher = DOCUMENT_UPLOAD.matcher(request.getRequestURI());
        if (!matcher.matches()) {
            return "redirect:/";
        }
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        DocumentKind kind = DocumentKind.valueOf(matcher.group(2));
        flash.put("failedKind", kind);
        flash.put(
                "refusal",
                new UploadOutcome.Refused("document.problem.tooLarge", new Object[] {settings.limitLabel(kind)}));
        RequestContextUtils.saveOutputFlashMap("/orders/" + matcher.group(1) + "/documents", request, response);
        return "redirect:/orders/" + matcher.group(1) + "/documents";
    }
}
