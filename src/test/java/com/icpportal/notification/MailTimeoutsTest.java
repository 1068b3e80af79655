package com.icpportal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import com.icpportal.support.PortalTest;

/**
 * The portal's own configuration bounds every SMTP wait well below the claim timeout: a mail server
 * that accepts and never answers must fail the attempt (FAILED, retried), not hang the listener
 * while a resubmission claims the stale SENDING message and sends it a second time.
 */
@PortalTest
class MailTimeoutsTest {

    @Autowired
    Environment environment;

    @Autowired
    NotificationSettings settings;

    @Test
    void smtpTimeoutsAreSetAndShorterThanTheClaimTimeout() {
        for (String property : new String[] {"connectiontimeout", "timeout", "writetimeout"}) {
            String value = environment.getProperty("spring.mail.properties.mail.smtp." + property);
            assertThat(value).as(property).isNotBlank();
            assertThat(Duration.ofMillis(Long.parseLong(value.strip())))
                    .as(property)
                    .isPositive()
                    .isLessThan(settings.claimTimeout().dividedBy(2));
        }
    }
}
