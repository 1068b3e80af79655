package com.icpportal.shared;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The versions of the reference data that modules keep in memory (table {@code reference_data_version},
 * moved on by database triggers with every change, on whichever node or by whatever tool). A module
 * caches its data with the version it read and reloads when {@link #of} answers another: a change
 * saved on one node is seen by every node at its next request.
 *
 * <p>The versions are read once per web request (all rows in one statement, kept for the request by
 * {@link PerRequest}, from before Spring Security's filters to the end of the request), on every call outside a request (scheduled jobs, tests) and on every call inside
 * a read-write transaction, which may have changed the data itself: there modules read their rows
 * and keep nothing ({@link #mayKeep()}), since the transaction may still roll back. A module that
 * changes its reference data calls {@link #changed()}, so that the rest of that request reads the
 * versions again once the change's transaction has ended.
 */
@Component
public class ReferenceVersions {

    private static final ThreadLocal<Memo> REQUEST = new ThreadLocal<>();

    /** The versions read in this request, if any yet. */
    private static final class Memo {
        Map<String, Long> versions;
    }

    private final JdbcTemplate jdbc;

    ReferenceVersions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The current version of the reference data called {@code name} (a row of the table; 0 when none). */
    public long of(String name) {
        return current().getOrDefault(name, 0L);
    }

    /**
     * Whether data read now may be kept in memory under the version {@link #of} answers: not inside
     * a read-write transaction, whose own (unflushed, uncommitted) changes it may miss or contain.
     */
    public boolean mayKeep() {
        return !ReadWriteTransaction.active();
    }

    /** This request changed reference data: read the versions again after the current transaction. */
    public void changed() {
        Memo memo = REQUEST.get();
        if (memo == null) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    memo.versions = null;
                }
            });
        } else {
            memo.versions = null;
        }
    }

    private Map<String, Long> current() {
        Memo memo = mayKeep() ? REQUEST.get() : null;
        if (memo != null && memo.versions != null) {
            return memo.versions;
        }
        Map<String, Long> read = new HashMap<>();
        jdbc.query("select name, version from reference_data_version", row -> {
            read.put(row.getString(1), row.getLong(2));
        });
        if (memo != null) {
            memo.versions = read;
        }
        return read;
    }

    /**
     * Keeps the versions for the length of one web request (registered for every request by Boot).
     * Ordered before Spring Security's filters, so that the session guard behind them (which asks for
     * the version of {@code account_session}) and the page share one read. No transaction is open
     * out here; one opened later in the request still reads past the memo ({@link #mayKeep()}).
     */
    @Component
    @Order(PerRequest.ORDER)
    static class PerRequest extends OncePerRequestFilter {

        /** Just before Spring Security's filter chain. */
        static final int ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1;

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (REQUEST.get() != null) {
                chain.doFilter(request, response);
                return;
            }
            REQUEST.set(new Memo());
            try {
                chain.doFilter(request, response);
            } finally {
                REQUEST.remove();
            }
        }
    }
}
