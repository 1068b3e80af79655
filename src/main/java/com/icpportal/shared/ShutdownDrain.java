package com.icpportal.shared;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * At shutdown, keeps a node serving for {@code portal.shutdown.drain-delay} while it reports not
 * ready, before the web server's graceful shutdown closes its port: a load balancer that checks
 * readiness takes the node out in that time, so no request is sent to a closed port. Without the
 * wait the port closes at once when no request is in flight, and the load balancer learns it from a
 * refused connection. Zero (the default) for a single node; behind a load balancer: longer than
 * its health check's interval times its fall count.
 */
@Component
class ShutdownDrain implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ShutdownDrain.class);

    private final ApplicationContext context;
    private final Duration delay;
    private volatile boolean running;

    ShutdownDrain(ApplicationContext context, @Value("${portal.shutdown.drain-delay:0s}") Duration delay) {
        this.context = context;
        this.delay = delay;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (delay.isZero() || delay.isNegative()) {
            return;
        }
        // Boot has already reported REFUSING_TRAFFIC when the context began to close; said again
        // here so that the wait never starts while readiness still answers 200.
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        log.info("Not ready; serving for {} more before the graceful shutdown", delay);
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops first: before the web server's graceful shutdown and the scheduler. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
