package com.icpportal.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.icpportal.support.PortalTest;
import com.icpportal.support.Sessions;
import com.icpportal.support.TestClock;
import com.icpportal.support.TestData;

/**
 * Open sessions end at their next request when the account is disabled or its password changes, after
 * 30 minutes idle and 12 hours after sign-in, on a fixed clock.
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

    static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
