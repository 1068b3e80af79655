package com.icpportal.authority.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many codes one source address may enter on the simulated administration's public page: at
 * most {@code portal.authority.code-entries-per-address} (default 10) per 15 minutes. Without it,
 * anyone who knows a reference and a mobile could spend the order's five attempts and have it
 * rejected. Kept in memory: the simulated administration runs in one process, and a restart only
 * forgets recent entries.
 */
@Component
class CodeEntryLimit {

    static final Duration WINDOW = Duration.ofMinutes(15);

    private final int perAddress;
    private final Clock clock;
    private final Map<String, Deque<Instant>> entries = new ConcurrentHashMap<>();

    CodeEntryLimit(@Value("${portal.authority.code-entries-per-address:10}") int perAddress, Clock clock) {
        this.perAddress = perAddress;
        this.clock = clock;
    }

    /** Counts an entry from this address; false when the address has used its entries for the window. */
    boolean allow(String sourceAddress) {
        Instant now = clock.instant();
        Instant since = now.minus(WINDOW);
        Deque<Instant> times = entries.computeIfAbsent(sourceAddress, address -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
                times.pollFirst();
            }
            if (times.size() >= perAddress) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
