package com.icpportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import com.icpportal.support.PortalTest;
import com.icpportal.support.TestClock;
import com.icpportal.support.TestData;

/** A one-time link sets a password once, not twice, and not after 24 hours; only its hash is stored. */
@PortalTest
@RecordApplicationEvents
class PasswordSetLinkTest {

    static final String NEW_PASSWORD = "autumn heron by the river";
    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    TestData testData;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    TestData.TestAccount admin;

    @BeforeEach
    void fixTime() {
        clock.setTo(NOW);
        admin = testData.account("link-admin", Role.ADMIN);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    IssuedLink openReviewer(String username) {
        return accounts.open(
                new StaffAccount(
                        username, "Reviewer " + username, username + "@example.test", "zh-CN", Set.of(Role.REVIEWER)),
                admin.id(),
                "https://icp.example.cn");
    }

    static String path(IssuedLink link) {
        return URI.create(link.url()).getPath();
    }

    @Test
    void aLinkSetsThePasswordOnceAndNotTwice() throws Exception {
        String username = "linked-" + System.nanoTime();
        IssuedLink link = openReviewer(username);
        assertThat(link.url()).startsWith("https://icp.example.cn/account/set-password/");
        assertThat(link.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));

        // no password yet: nobody can sign in to the new account
        mvc.perform(formLogin("/login").user(username).password("")).andExpect(unauthenticated());

        mvc.perform(get(path(link)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Reviewer " + username)));
        mvc.perform(post(path(link)).param("newPassword", NEW_PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/login?passwordSet"));
        mvc.perform(formLogin("/login").user(username).password(NEW_PASSWORD)).andExpect(authenticated());

        mvc.perform(get(path(link)))
                .andExpect(status().isGone())
                .andExpect(content().string(Matchers.containsString("This link no longer works")));
        mvc.perform(post(path(link))
                        .param("newPassword", "another fine passphrase")
                        .with(csrf()))
                .andExpect(status().isGone());
        mvc.perform(formLogin("/login").user(username).password("another fine passphrase"))
                .andExpect(unauthenticated());
    }

    @Test
    void aLinkWorksForTwentyFourHoursAndNotAfter() throws Exception {
        IssuedLink late = openReviewer("late-" + System.nanoTime());
        IssuedLink inTime = openReviewer("intime-" + System.nanoTime());

        clock.advance(Duration.ofHours(24).minusSeconds(1));
        mvc.perform(get(path(late))).andExpect(status().isOk());
        mvc.perform(post(path(inTime)).param("newPassword", NEW_PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/login?passwordSet"));

        clock.advance(Duration.ofSeconds(1));
        mvc.perform(get(path(late))).andExpect(status().isGone());
        mvc.perform(post(path(late)).param("newPassword", NEW_PASSWORD).with(csrf()))
                .andExpect(status().isGone());
    }

    @Test
    void aRefusedPasswordDoesNotUseTheLinkUp() throws Exception {
        String username = "refused-" + System.nanoTime();
        IssuedLink link = openReviewer(username);
        mvc.perform(post(path(link)).param("newPassword", "short pass").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Error: Set your password")))
                .andExpect(content().string(Matchers.containsString("at least 12 characters long")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("value=\"short pass\""))));
        mvc.perform(post(path(link)).param("newPassword", "unbelievable").with(csrf()))
                .andExpect(content().string(Matchers.containsString("one of the most common")));
        mvc.perform(post(path(link)).param("newPassword", " ".repeat(12)).with(csrf()))
                .andExpect(content().string(Matchers.containsString("repeats the same character")))
                .andExpect(content().string(Matchers.containsString("four or more unrelated words")));
        mvc.perform(post(path(link))
                        .param("newPassword", "aaaaaaaaaaaa")
                        .param("lang", "zh-CN")
                        .with(csrf()))
                .andExpect(content().string(Matchers.containsString("猜解程序")));
        mvc.perform(post(path(link)).param("newPassword", NEW_PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/login?passwordSet"));
    }

    @Test
    void aLongChinesePassphraseIsAcceptedWholeAndSignsIn() throws Exception {
        String username = "passphrase-" + System.nanoTime();
        IssuedLink link = openReviewer(username);
        String passphrase = "秋天的河边有一只安静的鹭".repeat(8) + "在等待远方的船只"; // 104 characters, 312 bytes
        mvc.perform(post(path(link)).param("newPassword", passphrase).with(csrf()))
                .andExpect(redirectedUrl("/login?passwordSet"));
        mvc.perform(formLogin().user(username).password(passphrase)).andExpect(authenticated());
        mvc.perform(formLogin().user(username).password(passphrase.substring(0, passphrase.length() - 1)))
                .andExpect(unauthenticated());
    }

    @Test
    void aNewLinkReplacesTheOldOneAndOnlyHashesAreStored() throws Exception {
        IssuedLink first = openReviewer("reset-" + System.nanoTime());
        IssuedLink second = accounts.resetPassword(admin.id(), first.accountId(), "https://icp.example.cn");
        mvc.perform(get(path(first))).andExpect(status().isGone());
        mvc.perform(get(path(second))).andExpect(status().isOk());

        String token = path(second).substring(path(second).lastIndexOf('/') + 1);
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(jdbc.queryForList(
                        "select token_hash from password_set_link where account_id = ?",
                        String.class,
                        first.accountId()))
                .containsExactly(PasswordSetLinks.hash(token))
                .doesNotContain(token);

        PasswordSetLinkIssued issued = events.stream(PasswordSetLinkIssued.class)
                .filter(event -> event.link().equals(second.url()))
                .findFirst()
                .orElseThrow();
        assertThat(issued.language()).isEqualTo("zh-CN");
        assertThat(issued.expiresAt()).isEqualTo(second.expiresAt());
        assertThat(issued.auditDetail()).doesNotContain(token);
        assertThat(issued.toString()).doesNotContain(token);
        assertThat(events.stream(AccountCreated.class)
                        .filter(event -> event.accountId().equals(first.accountId())))
                .singleElement()
                .satisfies(event -> assertThat(event.auditActorId()).isEqualTo(admin.id()));
    }

    @Test
    void anUnknownOrAbsurdTokenGetsTheSamePage() throws Exception {
        mvc.perform(get("/account/set-password/not-a-token")).andExpect(status().isGone());
        mvc.perform(get("/account/set-password/" + "x".repeat(500))).andExpect(status().isGone());
    }
}
