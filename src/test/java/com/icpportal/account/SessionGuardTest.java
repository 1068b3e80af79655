package com.icpportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.icpportal.support.PortalTest;
import com.icpportal.support.Sessions;
import com.icpportal.support.StatementCounter;
import com.icpportal.support.TestClock;
import com.icpportal.support.TestData;

/**
 * Open sessions end at their next request when the account is disabled or its password changes, after
 * 30 minutes idle and 12 hours after sign-in, on a fixed clock. The guard keeps the account's state
 * under the version {@code account_session}: it reads the account again only once that moved, and any
 * write of {@code enabled} or {@code session_generation} moves it, from the portal or not.
 */
@PortalTest
class SessionGuardTest {

    static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    TestClock clock;

    @Autowired
    Accounts accounts;

    @Autowired
    SecondFactors secondFactors;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void fixTime() {
        clock.setTo(NOW);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    void stillSignedIn(MockHttpSession session) throws Exception {
        mvc.perform(get("/review").session(session)).andExpect(status().isOk());
    }

    void ended(MockHttpSession session) throws Exception {
        mvc.perform(get("/review").session(session)).andExpect(redirectedUrl("/login?ended"));
        // and it stays ended: the session was invalidated
        mvc.perform(get("/review").session(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aDisabledUsersOpenSessionIsRefusedOnItsNextRequest() throws Exception {
        TestData.TestAccount admin = testData.account("guard-admin", Role.ADMIN);
        TestData.TestAccount reviewer = testData.account("guard-reviewer", Role.REVIEWER);
        MockHttpSession session = Sessions.signIn(mvc, reviewer.username());
        stillSignedIn(session);

        long version = accounts.findById(reviewer.id()).orElseThrow().version();
        accounts.disable(admin.id(), reviewer.id(), version);

        ended(session);
        mvc.perform(get("/login").param("ended", ""))
                .andExpect(content().string(Matchers.containsString("Your session has ended")));
    }

    @Test
    void aSessionEndsAfterThirtyMinutesIdle() throws Exception {
        TestData.TestAccount reviewer = testData.account("idle", Role.REVIEWER);
        MockHttpSession session = Sessions.signIn(mvc, reviewer.username());
        clock.advance(Duration.ofMinutes(30));
        stillSignedIn(session);
        clock.advance(Duration.ofMinutes(30).plusSeconds(1));
        ended(session);
    }

    @Test
    void aBusySessionEndsTwelveHoursAfterSignIn() throws Exception {
        TestData.TestAccount reviewer = testData.account("busy", Role.REVIEWER);
        MockHttpSession session = Sessions.signIn(mvc, reviewer.username());
        for (int i = 0; i < 48; i++) {
            clock.advance(Duration.ofMinutes(15));
            stillSignedIn(session);
        }
        clock.advance(Duration.ofSeconds(1));
        ended(session);
    }

    @Test
    void aPasswordChangeEndsTheUsersOtherSessionsButNotThisOne() throws Exception {
        TestData.TestAccount reviewer = testData.account("changer", Role.REVIEWER);
        MockHttpSession here = Sessions.signIn(mvc, reviewer.username());
        MockHttpSession elsewhere = Sessions.signIn(mvc, reviewer.username());

        mvc.perform(post("/account/password")
                        .session(here)
                        .with(csrf())
                        .param("currentPassword", TestData.PASSWORD)
                        .param("newPassword", "a brand new passphrase"))
                .andExpect(redirectedUrl("/account/password"));

        stillSignedIn(here);
        mvc.perform(get("/account/password").session(here))
                .andExpect(content().string(Matchers.containsString("Your password has been changed")));
        ended(elsewhere);
    }

    @Test
    void theChangePageAsksForTheCurrentPasswordAndAppliesTheRules() throws Exception {
        TestData.TestAccount reviewer = testData.account("asker", Role.REVIEWER);
        MockHttpSession session = Sessions.signIn(mvc, reviewer.username());
        mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("currentPassword", "not my password")
                        .param("newPassword", "a brand new passphrase"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Error: Change your password")))
                .andExpect(content().string(Matchers.containsString("The current password is not right")));
        mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("currentPassword", TestData.PASSWORD)
                        .param("newPassword", "x " + reviewer.username()))
                .andExpect(content().string(Matchers.containsString("must not contain your username")));
        mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("currentPassword", TestData.PASSWORD)
                        .param("newPassword", TestData.PASSWORD))
                .andExpect(content().string(Matchers.containsString("must differ from the current one")));
        stillSignedIn(session);
    }

    @Test
    void guessingTheCurrentPasswordIsThrottledLikeSigningIn() throws Exception {
        TestData.TestAccount reviewer = testData.account("guessed", Role.REVIEWER);
        MockHttpSession session = Sessions.signIn(mvc, reviewer.username());
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/account/password")
                            .session(session)
                            .with(csrf())
                            .with(from("127.0.3.1"))
                            .param("currentPassword", "guess number " + i)
                            .param("newPassword", "a brand new passphrase"))
                    .andExpect(content().string(Matchers.containsString("The current password is not right")));
        }
        mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .with(from("127.0.3.1"))
                        .param("currentPassword", TestData.PASSWORD)
                        .param("newPassword", "a brand new passphrase"))
                .andExpect(content()
                        .string(Matchers.containsString("Too many wrong passwords. Try again after 09:00:30")));
        clock.advance(Duration.ofSeconds(30));
        mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .with(from("127.0.3.1"))
                        .param("currentPassword", TestData.PASSWORD)
                        .param("newPassword", "a brand new passphrase"))
                .andExpect(redirectedUrl("/account/password"));
    }

    // --- the account's state kept under the version account_session (V132) -------------------------

    long accountSessionVersion() {
        return jdbc.queryForObject(
                "select version from reference_data_version where name = 'account_session'", Long.class);
    }

    /** The statements of one page that read the account row for the guard. */
    List<String> guardReads(MockHttpSession session) throws Exception {
        StatementCounter.reset();
        try {
            stillSignedIn(session);
            return StatementCounter.statements().stream()
                    .filter(sql -> sql.contains("session_generation from account"))
                    .toList();
        } finally {
            StatementCounter.stop();
        }
    }

    @Test
    void theAccountIsReadAgainOnlyOnceItsVersionMoved() throws Exception {
        TestData.TestAccount reviewer = testData.account("guard-kept", Role.REVIEWER);
        MockHttpSession session = Sessions.signIn(mvc, reviewer.username());
        stillSignedIn(session);
        assertThat(guardReads(session)).isEmpty();

        // any account's change that can end sessions moves the version: every account is read again, once
        TestData.TestAccount other = testData.account("guard-other", Role.REVIEWER);
        jdbc.update("update account set session_generation = session_generation + 1 where id = ?", other.id());
        assertThat(guardReads(session)).hasSize(1);
        assertThat(guardReads(session)).isEmpty();
    }

    @Test
    void aChangeWrittenOutsideThePortalEndsTheSessionAtItsNextRequest() throws Exception {
        // as another node or psql would write it: no call into this node, only the row and its trigger
        TestData.TestAccount disabled = testData.account("guard-psql-disabled", Role.REVIEWER);
        TestData.TestAccount cut = testData.account("guard-psql-cut", Role.REVIEWER);
        MockHttpSession disabledSession = Sessions.signIn(mvc, disabled.username());
        MockHttpSession cutSession = Sessions.signIn(mvc, cut.username());
        stillSignedIn(disabledSession);
        stillSignedIn(cutSession);
        stillSignedIn(disabledSession);
        stillSignedIn(cutSession);

        jdbc.update("update account set enabled = false where id = ?", disabled.id());
        ended(disabledSession);
        jdbc.update("update account set session_generation = session_generation + 1 where id = ?", cut.id());
        ended(cutSession);
    }

    @Test
    void aSecondFactorResetEndsTheStaffMembersSessions() throws Exception {
        TestData.TestAccount admin = testData.account("guard-resetter", Role.ADMIN);
        TestData.TestAccount reviewer = testData.account("guard-lost-phone", Role.REVIEWER);
        MockHttpSession session = Sessions.signIn(mvc, reviewer.username());
        stillSignedIn(session);
        stillSignedIn(session);

        secondFactors.reset(admin.id(), reviewer.id());

        ended(session);
    }

    @Test
    void onlyAChangeThatCanEndSessionsMovesTheVersion() throws Exception {
        TestData.TestAccount reviewer = testData.account("guard-version", Role.REVIEWER);
        MockHttpSession session = Sessions.signIn(mvc, reviewer.username());
        long before = accountSessionVersion();

        // the language chosen is saved on the account (Hibernate writes the whole row, enabled included)
        mvc.perform(post("/language").session(session).with(csrf()).param("lang", "zh-CN"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject(
                        "select preferred_locale from account where id = ?", String.class, reviewer.id()))
                .isEqualTo("zh-CN");
        jdbc.update(
                "update account set display_name = 'Renamed', password_changed_at = now(), enabled = enabled,"
                        + " session_generation = session_generation where id = ?",
                reviewer.id());
        assertThat(accountSessionVersion()).isEqualTo(before);
        assertThat(guardReads(session)).isEmpty();

        long version = accounts.findById(reviewer.id()).orElseThrow().version();
        TestData.TestAccount admin = testData.account("guard-version-admin", Role.ADMIN);
        accounts.disable(admin.id(), reviewer.id(), version);
        assertThat(accountSessionVersion()).isEqualTo(before + 1);
        UUID gone = UUID.randomUUID();
        jdbc.update(
                "insert into account (id, username, display_name, email, created_at) values (?, ?, 'Gone', 'gone@example.test', now())",
                gone,
                "guard-gone-" + gone);
        assertThat(accountSessionVersion()).isEqualTo(before + 1);
        jdbc.update("delete from account where id = ?", gone);
        assertThat(accountSessionVersion()).isEqualTo(before + 2);
    }

    static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
