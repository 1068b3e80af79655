package com.icpportal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

/** Which failures end in a dead letter: SMTP 5xx, a gateway's 4xx, or the last allowed attempt; not 4xx SMTP or a gateway's 5xx. */
class DeadLetterPolicyTest {

    private final DeadLetterPolicy policy = new DeadLetterPolicy(3);

    @Test
    void anSmtpRefusalForGoodIsDeadAtOnceATemporaryOneIsRetried() throws Exception {
        var unknownMailbox = new SMTPAddressFailedException(
                new InternetAddress("nobody@example.cn"), "RCPT TO:<nobody@example.cn>", 550, "550 5.1.1 no such user");
        var wrapped =
                new MailSendException(Map.of(new Object(), new MessagingException("send failed", unknownMailbox)));
        assertThat(policy.dead(wrapped, 1)).isTrue();

        var greylisted = new SMTPSendFailedException("DATA", 451, "451 4.7.1 try again later", null, null, null, null);
        assertThat(policy.dead(new MailSendException("temporary", greylisted), 1))
                .isFalse();
        assertThat(policy.dead(new MailSendException("temporary", greylisted), 3))
                .as("the last allowed attempt")
                .isTrue();
    }

    @Test
    void aGatewaysFourHundredIsDeadItsFiveHundredIsRetried() {
        assertThat(policy.dead(new SmsDeliveryException("HTTP 400", 1, null, true), 1))
                .isTrue();
        assertThat(policy.dead(new SmsDeliveryException("HTTP 503 after 2 attempts", 2, null), 1))
                .isFalse();
        assertThat(policy.dead(new RuntimeException("connection refused"), 2)).isFalse();
    }
}
