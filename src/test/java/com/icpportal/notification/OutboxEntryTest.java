package com.icpportal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** What admins may read of a message on /admin/outbox. */
class OutboxEntryTest {

    @Test
    void anSmsCodeIsShownOnlyWhileKeptForAdminsNotWhileItGoesToThePhone() {
        assertThat(code(DeliveryStatus.KEPT).bodyShown()).contains("482913");
        for (DeliveryStatus status : new DeliveryStatus[] {
            DeliveryStatus.PENDING, DeliveryStatus.SENDING, DeliveryStatus.FAILED, DeliveryStatus.SENT
        }) {
            assertThat(code(status).bodyShown()).as(status.name()).isNull();
        }
    }

    private static OutboxEntry code(DeliveryStatus status) {
        return new OutboxEntry(
                UUID.randomUUID(),
                Channel.SMS,
                NotificationKind.VERIFICATION_CODE,
                "13912345678",
                "en",
                "CO-1",
                "CO-1: SMS verification code",
                "Your verification code for ICP change CO-1 is 482913.",
                status,
                1,
                null,
                null,
                Instant.parse("2026-11-29T00:00:00Z"),
                null);
    }
}
