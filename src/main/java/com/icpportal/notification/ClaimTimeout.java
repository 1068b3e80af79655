package com.icpportal.notification;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * How long a message may stay SENDING before a resubmission may take it over and send it again. It
 * must outlast the longest attempt a live worker can make, or a slow but working send would get a
 * twin; beyond that, every second only delays the messages of a worker that died. So, unless
 * {@code portal.notifications.claim-timeout} sets it, it is derived from the send timeouts: the
 * longest attempt of the slowest channel plus {@link #MARGIN} for the database steps around it.
 *
 * <ul>
 *   <li>Email: {@code connectiontimeout} + {@value #SMTP_REPLIES} × {@code timeout} (each reply the
 *       client reads up to the one to the end of DATA: greeting, EHLO, STARTTLS and EHLO again,
 *       AUTH, MAIL, RCPT, DATA, end of data) + {@code writetimeout} (the message itself), all from
 *       {@code spring.mail.properties.mail.smtp.*}.
 *   <li>SMS over HTTP: attempts × (connect + read timeout) + the backoffs between attempts.
 * </ul>
 */
@Component
class ClaimTimeout {

    static final int SMTP_REPLIES = 10;
    static final Duration MARGIN = Duration.ofSeconds(30);
    /** When an SMTP timeout is not set JavaMail waits for ever: no attempt bound can be derived. */
    static final Duration UNBOUNDED_FALLBACK = Duration.ofMinutes(10);

    private static final Logger LOG = LoggerFactory.getLogger(ClaimTimeout.class);

    private final Duration longestAttempt;
    private final Duration value;

    ClaimTimeout(NotificationSettings settings, SmsSettings sms, Environment environment) {
        Duration mail = longestMailAttempt(environment);
        Duration text = longestSmsAttempt(sms);
        this.longestAttempt = mail == null ? null : (mail.compareTo(text) >= 0 ? mail : text);
        Duration derived = longestAttempt == null ? UNBOUNDED_FALLBACK : longestAttempt.plus(MARGIN);
        if (settings.claimTimeout() == null) {
            this.value = derived;
            if (longestAttempt == null) {
                LOG.warn(
                        "An SMTP timeout (spring.mail.properties.mail.smtp.connectiontimeout, timeout or "
                                + "writetimeout) is not set, so a hung send is never given up; claim timeout {}",
                        value);
            }
        } else {
            this.value = settings.claimTimeout();
            if (longestAttempt != null && value.compareTo(longestAttempt) < 0) {
                LOG.warn(
                        "portal.notifications.claim-timeout {} is shorter than the longest send attempt the "
                                + "timeouts allow ({}): a slow send may be sent again beside itself",
                        value,
                        longestAttempt);
            }
        }
        LOG.info("Notification claim timeout {} (longest send attempt {})", value, longestAttempt);
    }

    /** After this, a message left SENDING is taken to belong to a dead worker. */
    Duration value() {
        return value;
    }

    /** The longest one attempt to send can take by its timeouts; null when one of them is unbounded. */
    Duration longestAttempt() {
        return longestAttempt;
    }

    private static Duration longestMailAttempt(Environment environment) {
        if (!StringUtils.hasText(environment.getProperty("spring.mail.host"))) {
            return Duration.ZERO;
        }
        Duration connect = millis(environment, "connectiontimeout");
        Duration read = millis(environment, "timeout");
        Duration write = millis(environment, "writetimeout");
        if (connect == null || read == null || write == null) {
            return null;
        }
        return connect.plus(read.multipliedBy(SMTP_REPLIES)).plus(write);
    }

    private static Duration longestSmsAttempt(SmsSettings sms) {
        if (!"http".equalsIgnoreCase(sms.gateway())) {
            return Duration.ZERO;
        }
        SmsSettings.Http http = sms.http();
        Duration requests = http.connectTimeout().plus(http.readTimeout()).multipliedBy(http.attempts());
        Duration backoffs = http.backoff().multipliedBy((1L << Math.min(http.attempts() - 1, 16)) - 1);
        return requests.plus(backoffs);
    }

    private static Duration millis(Environment environment, String timeout) {
        String value = environment.getProperty("spring.mail.properties.mail.smtp." + timeout);
        if (!StringUtils.hasText(value)) {
            return null;
        }
        long millis = Long.parseLong(value.strip());
        return millis <= 0 ? null : Duration.ofMillis(millis);
    }
}
