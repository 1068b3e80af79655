package com.icpportal.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a signed-in session lasts ({@code portal.session.*}), measured on the portal's clock.
 *
 * @param idleTimeout     a session ends after this long without a request (default 30 minutes)
 * @param absoluteTimeout and this long after sign-in, whatever happens (default 12 hours)
 */
@ConfigurationProperties("portal.session")
public record SessionSettings(Duration idleTimeout, Duration absoluteTimeout) {

    public SessionSettings {
        idleTimeout = idleTimeout == null ? Duration.ofMinutes(30) : idleTimeout;
        absoluteTimeout = absoluteTimeout == null ? Duration.ofHours(12) : absoluteTimeout;
    }
}
