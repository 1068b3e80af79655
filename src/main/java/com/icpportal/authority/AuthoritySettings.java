package com.icpportal.authority;

import java.time.Duration;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which gateway reaches the administration ({@code portal.authority.gateway}: {@code manual}, the
 * default, or {@code simulated}) and how long the simulated administration takes to decide
 * ({@code portal.authority.simulated.decision-delay}). Read at every call, so that a test can
 * switch gateways in the shared context (and must switch back).
 */
@Component
public class AuthoritySettings {

    public static final String MANUAL = "manual";
    public static final String SIMULATED = "simulated";

    private volatile String gateway;
    private final Duration decisionDelay;

    AuthoritySettings(
            @Value("${portal.authority.gateway:manual}") String gateway,
            @Value("${portal.authority.simulated.decision-delay:2m}") Duration decisionDelay) {
        use(gateway);
        if (decisionDelay.isNegative()) {
            throw new IllegalArgumentException("portal.authority.simulated.decision-delay must not be negative");
        }
        this.decisionDelay = decisionDelay;
    }

    public String gateway() {
        return gateway;
    }

    public boolean simulated() {
        return SIMULATED.equals(gateway);
    }

    public Duration decisionDelay() {
        return decisionDelay;
    }

    /** Switches the gateway at run time (tests; an operator restarts with the property instead). */
    public void use(String name) {
        String normalised = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (!MANUAL.equals(normalised) && !SIMULATED.equals(normalised)) {
            throw new IllegalArgumentException("portal.authority.gateway must be manual or simulated, not " + name);
        }
        this.gateway = normalised;
    }
}
