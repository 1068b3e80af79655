package com.icpportal.web;

import java.util.Iterator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jakarta.servlet.http.HttpServletRequest;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.PropertyAccessException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Binding rules for every form, and the 400 page for what breaks them. A form's indexed fields
 * ({@code domains[0]}) take only indexes a page could have rendered, so a tampered
 * {@code domains[-1]} or {@code domains[999999]} never reaches the binder (which would fail with a
 * bare exception, or grow a list by a million entries). A version field that is not a number is a
 * tampered form, not version 0. A multipart body the container cannot parse (truncated, no
 * boundary, a NUL in a file name) is a bad request. Other type mismatches stay field errors, whose
 * messages ({@code typeMismatch} in messages.properties) never show a Java type.
 *
 * <p>Ordered last, so that a module's more specific handler (the upload size limit's page) wins.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class MalformedRequests {

    /** The most rows a list on a form may have; the longest rendered list is far shorter. */
    static final int MAX_INDEX = 64;

    private static final Log LOG = LogFactory.getLog(MalformedRequests.class);
    private static final Pattern INDEX = Pattern.compile("\\[([^\\]]*)]");
    private static final Pattern NUMBER = Pattern.compile("0|[1-9][0-9]{0,3}");

    @InitBinder
    void limits(WebDataBinder binder, WebRequest request) {
        binder.setAutoGrowCollectionLimit(MAX_INDEX);
        binder.setBindingErrorProcessor(new StrictVersions());
        for (Iterator<String> names = request.getParameterNames(); names.hasNext(); ) {
            checkIndexes(names.next());
        }
    }

    static void checkIndexes(String parameterName) {
        Matcher index = INDEX.matcher(parameterName);
        while (index.find()) {
            String value = index.group(1);
            if (!NUMBER.matcher(value).matches() || Integer.parseInt(value) >= MAX_INDEX) {
                throw new MalformedRequestException("parameter index out of range: " + parameterName);
            }
        }
    }

    @ExceptionHandler({MalformedRequestException.class, InvalidPropertyException.class})
    ModelAndView malformed(RuntimeException exception, HttpServletRequest request, Locale locale) {
        LOG.debug("malformed request to " + request.getRequestURI() + ": " + exception.getMessage());
        return badRequest(request, locale);
    }

    /** Only parse failures: an upload beyond the size limit has its own page (see the upload pages). */
    @ExceptionHandler(MultipartException.class)
    ModelAndView brokenMultipart(MultipartException exception, HttpServletRequest request, Locale locale) {
        if (exception instanceof MaxUploadSizeExceededException tooLarge) {
            throw tooLarge;
        }
        LOG.debug("unreadable multipart request to " + request.getRequestURI() + ": " + exception.getMessage());
        return badRequest(request, locale);
    }

    private static ModelAndView badRequest(HttpServletRequest request, Locale locale) {
        return ErrorPages.page("error", HttpStatus.BAD_REQUEST, request, locale);
    }

    /**
     * A version travels in a hidden field and nobody types it: when it is not a number the form was
     * tampered with. Other fields keep the standard behaviour, a field error.
     */
    private static final class StrictVersions extends DefaultBindingErrorProcessor {

        @Override
        public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
            String property = ex.getPropertyName();
            if (property != null && (property.equals("version") || property.endsWith(".version"))) {
                throw new MalformedRequestException("version is not a number", ex);
            }
            super.processPropertyAccessException(ex, bindingResult);
        }
    }
}
