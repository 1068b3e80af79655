package com.icpportal.changeorder.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

/** Human references like {@code CO-2026-000123}: the year in China's time and a database sequence. */
@Component
public class OrderReferences {

    private final ChangeOrderRepository orders;
    private final Clock clock;

    OrderReferences(ChangeOrderRepository orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    public String next() {
        return "CO-%d-%06d".formatted(LocalDate.now(clock).getYear(), orders.nextReferenceNumber());
    }
}
