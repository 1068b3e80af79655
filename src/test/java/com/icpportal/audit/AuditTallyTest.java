package com.icpportal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import com.icpportal.support.PortalTest;
import com.icpportal.support.TestClock;

/**
 * A flood of anonymous events writes a bounded number of trail rows: failed sign-ins for invented
 * usernames and refused API calls, each counted per source address and window, and still visible in
 * the trail as their first row and, once the window has closed, a summary row with the count.
 */
@PortalTest
class AuditTallyTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditTally tally;

    @Autowired
    AuditTrail trail;

    @Autowired
    Clock clock;

    @Autowired
    TransactionTemplate transactions;

    AuditRows rows;
    String address;

    @BeforeEach
    void fixTime() {
        rows = new AuditRows(jdbc);
        // a window of its own, far from other tests' rows: 2 minutes into a 10-minute window
        Instant start = Instant.parse("2031-03-0" + (1 + ADDRESSES.get() % 8) + "T02:02:00Z")
                .plus(Duration.ofHours(ADDRESSES.incrementAndGet()));
        ((TestClock) clock).setTo(start);
        address = "127.0.7." + ADDRESSES.get();
    }

    @AfterEach
    void resetTime() {
        ((TestClock) clock).reset();
    }

    @Test
    void failedSignInsForInventedUsernamesWriteTwoRowsPerAddressAndWindow() throws Exception {
        long mark = rows.mark();
        for (int i = 0; i < 40; i++) {
            mvc.perform(post("/login")
                            .param("username", "invented-" + UUID.randomUUID())
                            .param("password", "not the password")
                            .with(csrf())
                            .with(from(address)))
                    .andExpect(unauthenticated());
        }
        assertThat(failures(mark)).singleElement().satisfies(row -> {
            assertThat(row.get("detail")).isEqualTo("BadCredentials");
            assertThat((String) row.get("actor_name")).startsWith("invented-");
        });

        ((TestClock) clock).advance(Duration.ofMinutes(11));
        tally.summarise();
        List<Map<String, Object>> after = failures(mark);
        assertThat(after).hasSize(2);
        assertThat((String) after.get(1).get("detail")).startsWith("40 in all between");
        assertThat(after.get(1).get("source_address")).isEqualTo(address);

        tally.summarise();
        assertThat(failures(mark)).as("summarised once").hasSize(2);
    }

    @Test
    void refusedApiCallsAreCountedPerAddress() throws Exception {
        long mark = rows.mark();
        for (int i = 0; i < 25; i++) {
            mvc.perform(get("/api/filed-domains")
                            .header("Authorization", "Bearer wrong")
                            .with(from(address)))
                    .andExpect(status().isUnauthorized());
        }
        assertThat(refusals(mark)).hasSize(1);
        ((TestClock) clock).advance(Duration.ofMinutes(10));
        tally.summarise();
        assertThat(refusals(mark))
                .hasSize(2)
                .last()
                .satisfies(row -> assertThat((String) row.get("detail")).startsWith("25 in all"));
    }

    @Test
    void beyondTheKeyLimitEveryoneSharesOneOverflowKey() {
        AuditTally small = new AuditTally(jdbc, trail, clock, Duration.ofMinutes(10), 3);
        String kind = "test.flood-" + ADDRESSES.incrementAndGet();
        int firsts = 0;
        for (int i = 0; i < 50; i++) {
            AuditTally.Occurrence occurrence =
                    new AuditTally.Occurrence(kind, "from 10.0.0." + i, null, "api", "/api", "10.0.0." + i);
            if (Boolean.TRUE.equals(transactions.execute(status -> small.count(occurrence)))) {
                firsts++;
            }
        }
        assertThat(firsts).as("three keys and the overflow key").isEqualTo(4);
        assertThat(jdbc.queryForObject(
                        "select occurrences from audit_tally where kind = ? and tally_key = ?",
                        Integer.class,
                        kind,
                        AuditTally.OVERFLOW))
                .isEqualTo(47);
    }

    private List<Map<String, Object>> failures(long mark) {
        return jdbc.queryForList(
                "select * from audit_entry where kind = 'login.failed' and source_address = ? and id > ? order by id",
                address,
                mark);
    }

    private List<Map<String, Object>> refusals(long mark) {
        return jdbc.queryForList(
                "select * from audit_entry where kind = 'api.token-refused' and source_address = ? and id > ? order by id",
                address,
                mark);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
