package com.icpportal.changeorder;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A deadline moved by a calendar change, as the order's timeline shows it: the step, the deadline
 * before and after, and the calendar day whose change caused it (the first day for an imported year).
 */
public record DeadlineMoveView(
        Instant movedAt, OrderState state, Instant from, Instant to, DeadlineMoveCause cause, LocalDate day) {}
