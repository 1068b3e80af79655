package com.icpportal.notification;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which SMS gateway: {@code outbox} (default: texts stay in the outbox for admins) or {@code http}.
 *
 * @param gateway {@code outbox} or {@code http}
 * @param http    the HTTP gateway's URL, timeouts, attempts and first backoff
 */
@ConfigurationProperties("portal.sms")
public record SmsSettings(String gateway, Http http) {

    public SmsSettings {
        gateway = gateway == null ? "outbox" : gateway;
        http = http == null ? new Http(null, null, null, null, null) : http;
    }

    public record Http(URI url, Duration connectTimeout, Duration readTimeout, Integer attempts, Duration backoff) {

        public Http {
            connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
            readTimeout = readTimeout == null ? Duration.ofSeconds(5) : readTimeout;
            attempts = attempts == null ? 3 : attempts;
            backoff = backoff == null ? Duration.ofMillis(500) : backoff;
        }
    }
}
