package com.icpportal.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.icpportal.changeorder.OrderState;
import com.icpportal.notification.DeliveryStatus;
import com.icpportal.notification.Notifications;
import com.icpportal.review.ReviewSla;
import com.icpportal.review.ServiceLevels;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The portal's own gauges: open orders by state, overdue orders, the outbox's backlog and dead
 * letters, and the share of provider reviews decided in time. Every gauge reads one snapshot, taken
 * at most once per {@code portal.metrics.refresh} (default 30 s) whatever the number of gauges and
 * scrapes: the SLA figures (the SLA page's queries) and one grouped count of the outbox. The upload
 * size distribution is recorded where uploads are stored ({@code portal.documents.upload.size}).
 */
@Component
class PortalMetrics implements MeterBinder {

    private final ServiceLevels serviceLevels;
    private final Notifications notifications;
    private final Clock clock;
    private final Duration refresh;
    private volatile Snapshot snapshot;

    record Snapshot(Instant at, ReviewSla sla, Map<DeliveryStatus, Long> outbox) {}

    PortalMetrics(
            ServiceLevels serviceLevels,
            Notifications notifications,
            Clock clock,
            @Value("${portal.metrics.refresh:PT30S}") Duration refresh) {
        this.serviceLevels = serviceLevels;
        this.notifications = notifications;
        this.clock = clock;
        this.refresh = refresh;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (OrderState state : OrderState.open()) {
            gauge(
                            registry,
                            "portal.orders.open",
                            "Orders in a state that is not final",
                            s -> s.sla().openByState().getOrDefault(state, 0L))
                    .tag("state", state.name())
                    .register(registry);
        }
        gauge(
                        registry,
                        "portal.orders.overdue",
                        "Orders past the deadline of a provider step",
                        s -> s.sla().overdue())
                .register(registry);
        for (DeliveryStatus status : DeliveryStatus.values()) {
            if (!status.isDone()) {
                gauge(
                                registry,
                                "portal.outbox.messages",
                                "Emails and texts not done, by status",
                                s -> s.outbox().getOrDefault(status, 0L))
                        .tag("status", status.name())
                        .register(registry);
            }
        }
        gauge(
                        registry,
                        "portal.reviews.in.time.ratio",
                        "Share of provider reviews of the last 30 days decided within their deadline",
                        s -> s.sla().withDeadline() == 0
                                ? 1.0
                                : (double) s.sla().decidedInTime() / s.sla().withDeadline())
                .register(registry);
    }

    private Gauge.Builder<PortalMetrics> gauge(
            MeterRegistry registry, String name, String description, ToDoubleFunction<Snapshot> value) {
        return Gauge.builder(name, this, metrics -> value.applyAsDouble(metrics.current()))
                .description(description);
    }

    /** The figures, taken again when older than the refresh interval (by one scrape at a time). */
    synchronized Snapshot current() {
        Instant now = clock.instant();
        Snapshot last = snapshot;
        if (last == null || !last.at().plus(refresh).isAfter(now)) {
            last = new Snapshot(now, serviceLevels.sla(now, null), notifications.unsettledOutbox());
            snapshot = last;
        }
        return last;
    }
}
