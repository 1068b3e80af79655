package com.icpportal.filing;

import java.time.LocalDate;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An order of another type in process in the provider's main system: it blocks changes like an open change order. */
@Embeddable
public record OrderInProcessElsewhere(
        @Enumerated(EnumType.STRING) @Column(name = "other_order_type")
        OtherOrderType type,

        @Column(name = "other_order_reference") String reference,
        @Column(name = "other_order_since") LocalDate since) {}
