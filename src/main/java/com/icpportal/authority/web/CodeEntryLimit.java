package com.icpportal.authority.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How many codes one source address may enter on the simulated administration's public page: at
 * most {@code portal.authority.code-entries-per-address} (default 10) per 15 minutes. Wrong codes
 * never reject an order (they pause the mobile, see {@code SimulatedAuthorityGateway}); this limit
 * keeps one address from pausing many mobiles or guessing across orders. Kept in PostgreSQL
 * ({@code simulated_code_entry}), so it holds however many nodes serve the page.
 */
@Component
class CodeEntryLimit {

    static final Duration WINDOW = Duration.ofMinutes(15);

    private final int perAddress;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    CodeEntryLimit(
            @Value("${portal.authority.code-entries-per-address:10}") int perAddress,
            Clock clock,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions) {
        this.perAddress = perAddress;
        this.clock = clock;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Counts an entry from this address; false when the address has used its entries for the window. */
    boolean allow(String sourceAddress) {
        Instant now = clock.instant();
        Timestamp since = Timestamp.from(now.minus(WINDOW));
        Boolean allowed = transaction.execute(status -> {
            // One address at a time across nodes, so two entries cannot both take the last place.
            jdbc.query("select pg_advisory_xact_lock(hashtext(?))", rs -> {}, "code-entry:" + sourceAddress);
            // Every address's old entries go, so the table holds only the last window's traffic.
            jdbc.update("delete from simulated_code_entry where entered_at <= ?", since);
            Integer used = jdbc.queryForObject(
                    "select count(*) from simulated_code_entry where source_address = ?", Integer.class, sourceAddress);
            if (used != null && used >= perAddress) {
                return false;
            }
            jdbc.update(
                    "insert into simulated_code_entry (source_address, entered_at) values (?, ?)",
                    sourceAddress,
                    Timestamp.from(now));
            return true;
        });
        return Boolean.TRUE.equals(allowed);
    }
}
