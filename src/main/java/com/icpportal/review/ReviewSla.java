package com.icpportal.review;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.icpportal.changeorder.OrderFigures;
import com.icpportal.changeorder.OrderState;

/**
 * The provider's service level, as the SLA page shows it.
 *
 * @param openByState      submitted orders not finished, per state (states without orders absent)
 * @param overdue          orders past the deadline of a provider step (provider review, photo review, submission),
 *                         counted up to {@link OrderFigures#OVERDUE_COUNTED_UP_TO} and one more
 * @param decided          provider reviews decided (pass, return, reject) in the window
 * @param withDeadline     of those, the ones whose review had a recorded deadline
 * @param decidedInTime    of those, the ones decided at or before that deadline
 * @param medianDecision   median time from entering provider review to the decision; null without decisions
 * @param windowStart      the window is (windowStart, windowEnd]
 */
public record ReviewSla(
        Map<OrderState, Long> openByState,
        long overdue,
        long decided,
        long withDeadline,
        long decidedInTime,
        Duration medianDecision,
        Instant windowStart,
        Instant windowEnd) {

    /** The window of the decision figures. */
    public static final Duration WINDOW = Duration.ofDays(30);

    /** Whether there are more overdue orders than were counted (the page says "more than 1,000"). */
    public boolean overdueBeyondCount() {
        return overdue > OrderFigures.OVERDUE_COUNTED_UP_TO;
    }

    /** The bound of the overdue count, for the page's "more than". */
    public int overdueCountedUpTo() {
        return OrderFigures.OVERDUE_COUNTED_UP_TO;
    }

    public long open() {
        return openByState.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The share (0 to 1) decided within one workday; null without decisions to count. */
    public Double shareInTime() {
        return withDeadline == 0 ? null : (double) decidedInTime / withDeadline;
    }

    /** The median in hours, for showing; null without decisions. */
    public Double medianHours() {
        return medianDecision == null ? null : medianDecision.toSeconds() / 3600.0;
    }
}
