package com.icpportal.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in throttling ({@code portal.login.*}).
 *
 * @param freeAttempts        failed sign-ins in a row for one username before a delay is required (default 5)
 * @param addressFreeAttempts failed sign-ins in a row from one source address before a delay (default 20: an
 *                            office behind one address must not be slowed by a few people's typos)
 * @param firstDelay          the first delay; it doubles with each further failure (default 30 seconds)
 * @param maxDelay            the longest delay (default 15 minutes): a delay, never a lockout
 * @param deviceSecret        the key device cookies are signed with ({@link DeviceCookies}); the same on every
 *                            node, set with PORTAL_LOGIN_DEVICE_SECRET (required by the production profile)
 */
@ConfigurationProperties("portal.login")
public record LoginSettings(
        Integer freeAttempts,
        Integer addressFreeAttempts,
        Duration firstDelay,
        Duration maxDelay,
        String deviceSecret) {

    public LoginSettings {
        freeAttempts = freeAttempts == null ? 5 : freeAttempts;
        addressFreeAttempts = addressFreeAttempts == null ? 20 : addressFreeAttempts;
        firstDelay = firstDelay == null ? Duration.ofSeconds(30) : firstDelay;
        maxDelay = maxDelay == null ? Duration.ofMinutes(15) : maxDelay;
    }
}
