package com.icpportal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.SocketTimeoutException;

import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

/** The outbox's words for a failure come from what the failure wraps, not from its text. */
class DeliveryFailureTest {

    @Test
    void aPermanentRefusalIsNamedByItsChannel() {
        assertThat(DeliveryFailure.of(new SmsDeliveryException("HTTP 400", 1, null, true), Channel.SMS))
                .isEqualTo(DeliveryFailure.SMS_REFUSED);
    }

    @Test
    void aTemporaryGatewayAnswerIsUnavailable() {
        assertThat(DeliveryFailure.of(new SmsDeliveryException("HTTP 503", 2, null), Channel.SMS))
                .isEqualTo(DeliveryFailure.SMS_UNAVAILABLE);
    }

    @Test
    void connectionAndTimeoutFailuresAreFoundInTheCauses() {
        assertThat(DeliveryFailure.of(new MailSendException("down", new ConnectException("refused")), Channel.EMAIL))
                .isEqualTo(DeliveryFailure.UNREACHABLE);
        assertThat(DeliveryFailure.of(
                        new SmsDeliveryException("slow", 2, new SocketTimeoutException("read timed out")), Channel.SMS))
                .isEqualTo(DeliveryFailure.TIMED_OUT);
        assertThat(DeliveryFailure.of(new IllegalStateException("odd"), Channel.EMAIL))
                .isEqualTo(DeliveryFailure.OTHER);
    }
}
