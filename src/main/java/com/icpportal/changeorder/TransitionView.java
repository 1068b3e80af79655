package com.icpportal.changeorder;

import java.time.Instant;
import java.util.List;

/** A step of an order's timeline. {@code from} is null for the start. */
public record TransitionView(
        Instant occurredAt,
        Actor actor,
        Action action,
        OrderState from,
        OrderState to,
        String note,
        List<Reason> reasons) {}
