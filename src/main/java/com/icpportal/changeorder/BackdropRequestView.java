package com.icpportal.changeorder;

import java.time.Instant;
import java.util.UUID;

/** A backdrop request as pages show it. */
public record BackdropRequestView(
        UUID id,
        UUID orderId,
        BackdropStatus status,
        String provinceCode,
        String cityCode,
        String districtCode,
        String street,
        String recipient,
        String mobile,
        String carrier,
        String trackingNumber,
        Instant requestedAt,
        Instant shippedAt,
        Instant receivedAt,
        String postcode) {}
