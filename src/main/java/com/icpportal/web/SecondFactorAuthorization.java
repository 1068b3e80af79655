package com.icpportal.web;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.security.authorization.AllRequiredFactorsAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * A rule that also asks for the second factor when the principal needs one
 * ({@link SecondFactorPrincipal}): first the rule itself (a role, or signed in at all), then Spring
 * Security's {@link AllRequiredFactorsAuthorizationManager} for {@link SecondFactorPrincipal#AUTHORITY},
 * optionally no older than a limit (sensitive admin actions). A missing or stale factor is a
 * {@code FactorAuthorizationDecision}, which the access-denied handler turns into a redirect to the
 * second-factor page.
 */
final class SecondFactorAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

    private final AuthorizationManager<RequestAuthorizationContext> rule;
    private final AllRequiredFactorsAuthorizationManager<RequestAuthorizationContext> factor;

    SecondFactorAuthorization(AuthorizationManager<RequestAuthorizationContext> rule, Duration maxAge, Clock clock) {
        this.rule = rule;
        this.factor = AllRequiredFactorsAuthorizationManager.<RequestAuthorizationContext>builder()
                .requireFactor(required -> {
                    required.authority(SecondFactorPrincipal.AUTHORITY);
                    if (maxAge != null) {
                        required.validDuration(maxAge);
                    }
                })
                .build();
        this.factor.setClock(clock);
    }

    @Override
    public AuthorizationResult authorize(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        AuthorizationResult allowed = rule.authorize(authentication, context);
        if (allowed == null || !allowed.isGranted()) {
            return allowed;
        }
        Authentication current = authentication.get();
        if (current != null
                && current.getPrincipal() instanceof SecondFactorPrincipal principal
                && principal.secondFactorRequired()) {
            return factor.authorize(() -> current, context);
        }
        return allowed;
    }
}
