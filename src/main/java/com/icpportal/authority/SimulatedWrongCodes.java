package com.icpportal.authority;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Wrong codes on the simulated administration's page, counted per order, mobile and source
 * address: every {@value #PER_PAUSE}th from one address pauses that address's entries for the
 * mobile for {@link #PAUSE}. They never reject the order: the page is public, so whoever knows a
 * reference and a mobile could type them, and a stranger's pause does not reach the principal's
 * own address. In PostgreSQL (an upsert that locks the row), so it holds across nodes.
 */
@Component
class SimulatedWrongCodes {

    static final int PER_PAUSE = 5;

    static final Duration PAUSE = Duration.ofMinutes(15);

    private final JdbcTemplate jdbc;

    SimulatedWrongCodes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether entries from this address for the order's mobile wait for a pause to pass. */
    boolean paused(UUID orderId, String mobile, String sourceAddress, Instant now) {
        Integer paused = jdbc.queryForObject(
                "select count(*) from simulated_code_wrong where order_id = ? and mobile = ? and source_address = ?"
                        + " and paused_until > ?",
                Integer.class,
                orderId,
                mobile,
                sourceAddress,
                Timestamp.from(now));
        return paused != null && paused > 0;
    }

    /**
     * Counts a wrong code (call inside the entry's transaction).
     *
     * @return wrong codes left from this address before a pause; 0 when this one started it
     */
    int countWrong(UUID orderId, String mobile, String sourceAddress, Instant now) {
        Integer attempts = jdbc.queryForObject("""
                insert into simulated_code_wrong (order_id, mobile, source_address, wrong_attempts)
                values (?, ?, ?, 1)
                on conflict (order_id, mobile, source_address)
                do update set wrong_attempts = simulated_code_wrong.wrong_attempts + 1
                returning wrong_attempts""", Integer.class, orderId, mobile, sourceAddress);
        int sincePause = attempts % PER_PAUSE;
        if (sincePause != 0) {
            return PER_PAUSE - sincePause;
        }
        jdbc.update(
                "update simulated_code_wrong set paused_until = ? where order_id = ? and mobile = ? and source_address = ?",
                Timestamp.from(now.plus(PAUSE)),
                orderId,
                mobile,
                sourceAddress);
        return 0;
    }

    /** A new submission texts new codes: earlier wrong codes no longer count. */
    void forget(UUID orderId) {
        jdbc.update("delete from simulated_code_wrong where order_id = ?", orderId);
    }
}
