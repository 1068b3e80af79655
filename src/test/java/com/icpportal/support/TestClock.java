package com.icpportal.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The portal's clock in tests: the system clock until a test fixes it, then exactly the time the
 * test sets or advances it to. The Spring context is shared, so every test that fixes the clock
 * resets it afterwards ({@code @AfterEach clock.reset()}).
 */
public final class TestClock extends Clock {

    private final ZoneId zone;
    private volatile Instant fixed;

    TestClock(ZoneId zone) {
        this.zone = zone;
    }

    /** Stops time at this instant. */
    public void setTo(Instant instant) {
        this.fixed = instant;
    }

    /** Moves a fixed clock on (fixing it at the current time first if it was running). */
    public synchronized void advance(Duration duration) {
        this.fixed = instant().plus(duration);
    }

    /** Back to the system clock. */
    public void reset() {
        this.fixed = null;
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now != null ? now : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
