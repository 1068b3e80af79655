package com.icpportal.web;

import java.util.Locale;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Exceptions that have a page of their own rather than the generic error page. */
@ControllerAdvice
class ErrorHandling {

    /** Someone else saved the record after this form was loaded: say so, never overwrite silently. */
    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ModelAndView changedBySomeoneElse(HttpServletRequest request, Locale locale) {
        return ErrorPages.page("error/409", HttpStatus.CONFLICT, request, locale);
    }
}
