package com.icpportal.review.web;

import java.util.Locale;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import com.icpportal.review.UnreachableNotShownException;
import com.icpportal.web.ErrorPages;

/** "Applicant unreachable" before the calls show it: a conflict, said in words. */
@ControllerAdvice
class ReviewErrorHandling {

    private final MessageSource messages;

    ReviewErrorHandling(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(UnreachableNotShownException.class)
    ModelAndView unreachableNotShown(UnreachableNotShownException e, HttpServletRequest request, Locale locale) {
        ModelAndView page = ErrorPages.page("error/409", HttpStatus.CONFLICT, request, locale);
        page.addObject("explanation", messages.getMessage(e.messageKey(), e.arguments(), locale));
        return page;
    }
}
