package com.icpportal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The portal's own configuration bounds every SMTP wait, and the claim timeout follows from them: a
 * mail server that accepts and never answers must fail the attempt (FAILED, retried) before a
 * resubmission may take the message over, and a message caught by a crash waits no longer than that.
 */
@NotificationTest
class MailTimeoutsTest {

    @Autowired
    Environment environment;

    @Autowired
    ClaimTimeout claimTimeout;

    @Test
    void theClaimTimeoutOutlastsTheLongestSendAttemptTheTimeoutsAllow() {
        long connect = timeout("connectiontimeout");
        long read = timeout("timeout");
        long write = timeout("writetimeout");
        // NotificationServers: 2 s to connect, 5 s per read; the portal's 15 s per write
        Duration mail = Duration.ofMillis(connect + ClaimTimeout.SMTP_REPLIES * read + write);
        // the test SMS gateway: 2 attempts of 2 s + 5 s, 0.02 s backoff
        assertThat(claimTimeout.longestAttempt()).isEqualTo(mail).isGreaterThan(Duration.ofMillis(14_020));
        assertThat(claimTimeout.value()).isEqualTo(mail.plus(ClaimTimeout.MARGIN));
    }

    @Test
    void theShippedSettingsGiveAClaimTimeoutOfAFewMinutes() throws Exception {
        StandardEnvironment shipped = new StandardEnvironment();
        shipped.getPropertySources()
                .addFirst(new MapPropertySource("host", Map.of("spring.mail.host", "mail.example")));
        for (PropertySource<?> source :
                new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))) {
            shipped.getPropertySources().addLast(source);
        }
        assertThat(shipped.getProperty("portal.notifications.claim-timeout"))
                .as("derived unless set")
                .isNull();

        ClaimTimeout derived = new ClaimTimeout(
                new NotificationSettings(null, null, null, null, null), new SmsSettings(null, null), shipped);

        // 5 s to connect + 10 replies × 15 s + 15 s to write, + 30 s
        assertThat(derived.longestAttempt()).isEqualTo(Duration.ofSeconds(170));
        assertThat(derived.value()).isEqualTo(Duration.ofSeconds(200));
    }

    private long timeout(String name) {
        String value = environment.getProperty("spring.mail.properties.mail.smtp." + name);
        assertThat(value).as(name).isNotBlank();
        return Long.parseLong(value.strip());
    }
}
