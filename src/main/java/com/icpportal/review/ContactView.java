package com.icpportal.review;

import java.time.Instant;
import java.util.UUID;

/** A logged phone call. */
public record ContactView(
        UUID id, UUID orderId, UUID reviewerId, Instant calledAt, ContactOutcome outcome, String note) {}
