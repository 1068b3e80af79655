package com.icpportal.authority.web;

import java.util.Locale;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import com.icpportal.authority.GatewayDecidesException;
import com.icpportal.changeorder.UnknownMobileException;
import com.icpportal.web.ErrorPages;

/** Staff recording what the simulated administration decides itself, or an unknown mobile: a conflict, said in words. */
@ControllerAdvice
class AuthorityErrorHandling {

    private final MessageSource messages;

    AuthorityErrorHandling(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(GatewayDecidesException.class)
    ModelAndView gatewayDecides(HttpServletRequest request, Locale locale) {
        return explained(request, locale, messages.getMessage("administration.simulatedDecides", null, locale));
    }

    @ExceptionHandler(UnknownMobileException.class)
    ModelAndView unknownMobile(UnknownMobileException e, HttpServletRequest request, Locale locale) {
        return explained(request, locale, messages.getMessage(e.messageKey(), e.arguments(), locale));
    }

    @ExceptionHandler(com.icpportal.changeorder.FilingCancelledException.class)
    ModelAndView filingCancelled(
            com.icpportal.changeorder.FilingCancelledException e, HttpServletRequest request, Locale locale) {
        return explained(
                request,
                locale,
                messages.getMessage("administration.filingCancelled", new Object[] {e.reference()}, locale));
    }

    private static ModelAndView explained(HttpServletRequest request, Locale locale, String explanation) {
        ModelAndView page = ErrorPages.page("error/409", HttpStatus.CONFLICT, request, locale);
        page.addObject("explanation", explanation);
        return page;
    }
}
