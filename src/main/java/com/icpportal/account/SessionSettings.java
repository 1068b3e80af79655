package com.icpportal.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a signed-in session lasts ({@code portal.session.*}), measured on the portal's clock.
 *
 * @param idleTimeout     a session ends after this long without a request (default 30 minutes)
 * @param absoluteTimeout and this long after sign-in, whatever happens (default 12 hours)
 * @param lastAccessResolution a session's last-seen time (the portal's and Spring Session's) is
 *     written only once it is this old (default 60 s), so that a busy session does not write its
 *     row on every request; the idle limit may so end a session up to this much early
 */
@ConfigurationProperties("portal.session")
public record SessionSettings(Duration idleTimeout, Duration absoluteTimeout, Duration lastAccessResolution) {

    public SessionSettings {
        idleTimeout = idleTimeout == null ? Duration.ofMinutes(30) : idleTimeout;
        absoluteTimeout = absoluteTimeout == null ? Duration.ofHours(12) : absoluteTimeout;
        lastAccessResolution =
                lastAccessResolution == null ? SessionStoreConfiguration.DEFAULT_RESOLUTION : lastAccessResolution;
    }
}
