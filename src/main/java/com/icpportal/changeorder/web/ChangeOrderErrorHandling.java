package com.icpportal.changeorder.web;

import java.util.Locale;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import com.icpportal.changeorder.ActorNotAllowedException;
import com.icpportal.changeorder.ChangeOrderException;
import com.icpportal.changeorder.IllegalTransitionException;
import com.icpportal.changeorder.ImmutableFieldException;
import com.icpportal.changeorder.NotClaimedException;
import com.icpportal.web.ErrorPages;

/**
 * Refusals of the change-order rules as pages that say what happened, never a 500: an action the
 * order's state does not allow is a conflict (409), an actor who may not act is refused (403).
 */
@ControllerAdvice
class ChangeOrderErrorHandling {

    private final MessageSource messages;

    ChangeOrderErrorHandling(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(IllegalTransitionException.class)
    ModelAndView illegalTransition(IllegalTransitionException e, HttpServletRequest request, Locale locale) {
        String state = messages.getMessage("enum.OrderState." + e.state().name(), null, locale);
        return explained(
                ErrorPages.page("error/409", HttpStatus.CONFLICT, request, locale),
                messages.getMessage(e.messageKey(), new Object[] {e.arguments()[0], state}, locale));
    }

    @ExceptionHandler(ActorNotAllowedException.class)
    ModelAndView actorNotAllowed(ActorNotAllowedException e, HttpServletRequest request, Locale locale) {
        return explained(
                ErrorPages.page("error/403", HttpStatus.FORBIDDEN, request, locale),
                messages.getMessage(e.messageKey(), e.arguments(), locale));
    }

    @ExceptionHandler(NotClaimedException.class)
    ModelAndView refusedDecision(ChangeOrderException e, HttpServletRequest request, Locale locale) {
        return explained(
                ErrorPages.page("error/409", HttpStatus.CONFLICT, request, locale),
                messages.getMessage(e.messageKey(), e.arguments(), locale));
    }

    @ExceptionHandler(ImmutableFieldException.class)
    ModelAndView immutableField(ImmutableFieldException e, HttpServletRequest request, Locale locale) {
        return explained(
                ErrorPages.page("error/409", HttpStatus.CONFLICT, request, locale),
                messages.getMessage(e.messageKey(), null, locale));
    }

    /** Approval would file a domain another website has filed meanwhile: nothing changed. */
    @ExceptionHandler(com.icpportal.filing.DomainFiledElsewhereException.class)
    ModelAndView domainFiledElsewhere(
            com.icpportal.filing.DomainFiledElsewhereException e, HttpServletRequest request, Locale locale) {
        return explained(
                ErrorPages.page("error/409", HttpStatus.CONFLICT, request, locale),
                messages.getMessage(
                        "approval.domainFiledElsewhere",
                        new Object[] {
                            com.icpportal.values.DomainName.parse(e.domain()).unicode()
                        },
                        locale));
    }

    private static ModelAndView explained(ModelAndView page, String explanation) {
        page.addObject("explanation", explanation);
        return page;
    }
}
