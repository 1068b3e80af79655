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
 * (table {@code code_entry}), so it holds however many nodes serve the page; an advisory lock per
 * address makes the count and the insert one step.
 */
@Component
class CodeEntryLimit {

    static final Duration WINDOW = Duration.ofMinutes(15);

    /** The first key of the two-key advisory locks taken here; the second is the address's hash. */
    private static final int LOCK_SPACE = 0x434F4445; // "CODE"

    private static final int MAX_ADDRESS = 64;

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
        String address = sourceAddress == null
                ? ""
                : sourceAddress.length() > MAX_ADDRESS ? sourceAddress.substring(0, MAX_ADDRESS) : sourceAddress;
        Instant now = clock.instant();
        Timestamp since = Timestamp.from(now.minus(WINDOW));
        return Boolean.TRUE.equals(transaction.execute(status -> {
            jdbc.queryForList("select pg_advisory_xact_lock(?, hashtext(?))::text", LOCK_SPACE, address);
            jdbc.update("delete from code_entry where entered_at <= ?", since);
            Integer entered = jdbc.queryForObject(
                    "select count(*) from code_entry where source_address = ? and entered_at > ?",
                    Integer.class,
                    address,
                    since);
            if (entered != null && entered >= perAddress) {
                return false;
            }
            jdbc.update(
                    "insert into code_entry (source_address, entered_at) values (?, ?)", address, Timestamp.from(now));
            return true;
        }));
    }
}
