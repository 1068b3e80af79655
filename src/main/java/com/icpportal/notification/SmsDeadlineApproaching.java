package com.icpportal.notification;

import java.time.Instant;
import java.util.UUID;

/** An order's SMS verification ends within 24 hours; raised once per order and deadline by {@link SmsDeadlineReminders}. */
public record SmsDeadlineApproaching(UUID orderId, String reference, Instant dueAt) {}
