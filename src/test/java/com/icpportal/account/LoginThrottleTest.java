package com.icpportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.time.Instant;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.icpportal.support.PortalTest;
import com.icpportal.support.TestClock;
import com.icpportal.support.TestData;

/**
 * With the clock fixed: after five wrong passwords the right one is refused until the delay has passed
 * and accepted after it; another account from another address is not slowed at all. Nothing sleeps.
 */
@PortalTest
@RecordApplicationEvents
class LoginThrottleTest {

    // 09:00:00 in Beijing
    static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
    static int addresses = 10;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    TestClock clock;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    ApplicationEvents events;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    String address;
    String otherAddress;

    @BeforeEach
    void fixTime() {
        clock.setTo(NOW);
        // loopback addresses of their own, so that no other test's attempts count here
        address = "127.0.1." + (++addresses);
        otherAddress = "127.0.2." + addresses;
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    ResultActions signIn(String username, String password, String from, MockHttpSession session) throws Exception {
        return mvc.perform(post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .session(session)
                .with(request -> {
                    request.setRemoteAddr(from);
                    return request;
                }));
    }

    ResultActions signIn(String username, String password, String from) throws Exception {
        return signIn(username, password, from, new MockHttpSession());
    }

    @Test
    void afterFiveFailuresTheRightPasswordWaitsForTheDelay() throws Exception {
        TestData.TestAccount target = testData.account("throttled", Role.APPLICANT);
        TestData.TestAccount bystander = testData.account("bystander", Role.APPLICANT);
        for (int i = 0; i < 4; i++) {
            signIn(target.username(), "wrong password " + i, address).andExpect(unauthenticated());
        }
        assertThat(throttle.retryAt(target.username(), address)).isEmpty();
        MockHttpSession session = new MockHttpSession();
        signIn(target.username(), "wrong password 5", address, session)
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        assertThat(throttle.retryAt(target.username(), address)).contains(NOW.plusSeconds(30));
        mvc.perform(get("/login").param("error", "").session(session).with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }))
                .andExpect(content().string(Matchers.containsString("Try again after 09:00:30")));

        signIn(target.username(), TestData.PASSWORD, address).andExpect(unauthenticated());
        // the account is delayed from any address, and the address for any account
        signIn(target.username(), TestData.PASSWORD, otherAddress).andExpect(unauthenticated());
        // another account from another address is not affected
        signIn(bystander.username(), TestData.PASSWORD, otherAddress).andExpect(authenticated());

        clock.advance(Duration.ofSeconds(29));
        signIn(target.username(), TestData.PASSWORD, address).andExpect(unauthenticated());
        clock.advance(Duration.ofSeconds(1));
        signIn(target.username(), TestData.PASSWORD, address).andExpect(authenticated());

        // a success starts afresh: four more failures need no delay
        for (int i = 0; i < 4; i++) {
            signIn(target.username(), "wrong again " + i, address).andExpect(unauthenticated());
        }
        assertThat(throttle.retryAt(target.username(), address)).isEmpty();
    }

    @Test
    void attemptsDuringTheDelayAreNotCountedAndLaterFailuresDoubleIt() throws Exception {
        TestData.TestAccount target = testData.account("doubling", Role.REVIEWER);
        for (int i = 0; i < 5; i++) {
            signIn(target.username(), "wrong " + i, address).andExpect(unauthenticated());
        }
        for (int i = 0; i < 3; i++) {
            signIn(target.username(), "still wrong " + i, address).andExpect(unauthenticated());
        }
        clock.advance(Duration.ofSeconds(30));
        signIn(target.username(), "wrong after the delay", address).andExpect(unauthenticated());
        // the sixth counted failure: twice the first delay (not eight times, had the refused ones counted)
        assertThat(throttle.retryAt(target.username(), address))
                .contains(clock.instant().plusSeconds(60));
        assertThat(events.stream(LoginThrottled.class)
                        .filter(event ->
                                event.accountId() != null && event.accountId().equals(target.id())))
                .extracting(LoginThrottled::failures)
                .containsExactly(5, 6);
    }

    @Test
    void spellingsOfTheUsernameThatSignInAlsoCountAgainstTheAccount() throws Exception {
        TestData.TestAccount target = testData.account("iiiiii", Role.APPLICANT);
        // PostgreSQL's lower() finds the account for a dotted capital I, Java's lower case is another text
        String[] spellings = new String[6];
        for (int i = 0; i < spellings.length; i++) {
            spellings[i] = target.username().substring(0, i) + "\u0130"
                    + target.username().substring(i + 1);
        }
        // each from its own address, so that only the account's count can delay the last attempt
        for (int i = 0; i < spellings.length - 1; i++) {
            signIn(spellings[i], "wrong password " + i, "127.0." + (100 + i) + "." + addresses)
                    .andExpect(unauthenticated());
        }
        assertThat(throttle.retryAt(target.username(), null)).isPresent();
        signIn(spellings[5], TestData.PASSWORD, "127.0.110." + addresses).andExpect(unauthenticated());
        signIn(target.username(), TestData.PASSWORD, "127.0.111." + addresses).andExpect(unauthenticated());
    }

    @Test
    void aDisabledAccountChecksThePasswordFirstSoItAnswersLikeAnyOther() throws Exception {
        TestData.TestAccount disabled = testData.account("disabled-timing", Role.APPLICANT);
        jdbc.update("update account set enabled = false where id = ?", disabled.id());
        signIn(disabled.username(), "wrong password", address).andExpect(unauthenticated());
        // a wrong password is a wrong password (it was hashed and compared), whether or not the account is usable
        assertThat(events.stream(
                                org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent
                                        .class)
                        .filter(event -> disabled.username()
                                .equals(event.getAuthentication().getName())))
                .isEmpty();
        assertThat(events.stream(
                                org.springframework.security.authentication.event
                                        .AuthenticationFailureBadCredentialsEvent.class)
                        .filter(event -> disabled.username()
                                .equals(event.getAuthentication().getName())))
                .hasSize(1);
        signIn(disabled.username(), TestData.PASSWORD, otherAddress).andExpect(unauthenticated());
        assertThat(events.stream(
                                org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent
                                        .class)
                        .filter(event -> disabled.username()
                                .equals(event.getAuthentication().getName())))
                .hasSize(1);
    }

    @Test
    void unknownUsernamesAreDelayedAlikeSoTheyRevealNothing() throws Exception {
        String nobody = "nobody-" + System.nanoTime();
        for (int i = 0; i < 5; i++) {
            signIn(nobody, "guess " + i, address).andExpect(unauthenticated());
        }
        assertThat(throttle.retryAt(nobody, address)).contains(NOW.plusSeconds(30));
    }

    @Test
    void oneAddressTryingManyAccountsIsDelayedAfterTwentyFailures() throws Exception {
        TestData.TestAccount account = testData.account("sprayed", Role.APPLICANT);
        for (int i = 0; i < 20; i++) {
            signIn("spray-" + i + "-" + System.nanoTime(), "Winter2026!", address)
                    .andExpect(unauthenticated());
        }
        signIn(account.username(), TestData.PASSWORD, address).andExpect(unauthenticated());
        signIn(account.username(), TestData.PASSWORD, otherAddress).andExpect(authenticated());
    }

    @Test
    void theDelayDoublesUpToFifteenMinutes() {
        assertThat(throttle.delay(0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(throttle.delay(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(throttle.delay(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(throttle.delay(5)).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.delay(1_000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void fiveFailuresFromAnotherAddressLeaveAKnownBrowserAbleToSignInWhileAnUnknownOneIsSlowed() throws Exception {
        TestData.TestAccount admin = testData.account("device-admin", Role.ADMIN);
        // The admin's own browser signed in before: it carries a device cookie.
        jakarta.servlet.http.Cookie device = signIn(admin.username(), TestData.PASSWORD, address)
                .andExpect(authenticated())
                .andReturn()
                .getResponse()
                .getCookie(DeviceCookies.COOKIE);
        assertThat(device).isNotNull();
        assertThat(device.isHttpOnly()).isTrue();
        assertThat(device.getPath()).isEqualTo("/login");

        // Someone elsewhere guesses five times.
        for (int i = 0; i < 5; i++) {
            signIn(admin.username(), "guess " + i, otherAddress).andExpect(unauthenticated());
        }
        assertThat(jdbc.queryForObject(
                        "select failures from login_failure where scope = 'ACCOUNT' and subject = ?",
                        Integer.class,
                        admin.username().toLowerCase()))
                .as("failures are still counted for the username")
                .isEqualTo(5);

        // An unknown browser, even with the right password and from the admin's address, is slowed...
        signIn(admin.username(), TestData.PASSWORD, "127.0.3." + addresses).andExpect(unauthenticated());
        // ...while the admin's known browser signs in at once.
        mvc.perform(post("/login")
                        .param("username", admin.username())
                        .param("password", TestData.PASSWORD)
                        .with(csrf())
                        .cookie(device)
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        }))
                .andExpect(authenticated());
    }

    @Test
    void aKnownBrowserHasItsOwnAllowanceAndAForgedCookieIsNone() throws Exception {
        TestData.TestAccount owner = testData.account("device-owner", Role.APPLICANT);
        jakarta.servlet.http.Cookie device = signIn(owner.username(), TestData.PASSWORD, address)
                .andReturn()
                .getResponse()
                .getCookie(DeviceCookies.COOKIE);
        for (int i = 0; i < 5; i++) {
            withDevice(owner.username(), "typo " + i, device).andExpect(unauthenticated());
        }
        // the device's own five failures slow the device itself
        withDevice(owner.username(), TestData.PASSWORD, device).andExpect(unauthenticated());
        clock.advance(Duration.ofSeconds(30));
        withDevice(owner.username(), TestData.PASSWORD, device).andExpect(authenticated());

        // a cookie with a changed name or signature is no device; nor is one for another username
        TestData.TestAccount other = testData.account("device-other", Role.APPLICANT);
        for (int i = 0; i < 5; i++) {
            signIn(other.username(), "guess " + i, otherAddress).andExpect(unauthenticated());
        }
        String[] parts = device.getValue().split("\\.");
        String otherName = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(other.username().toLowerCase().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        withDevice(
                        other.username(),
                        TestData.PASSWORD,
                        new jakarta.servlet.http.Cookie(
                                DeviceCookies.COOKIE, otherName + "." + parts[1] + "." + parts[2]))
                .andExpect(unauthenticated());
        withDevice(other.username(), TestData.PASSWORD, device).andExpect(unauthenticated());
    }

    private ResultActions withDevice(String username, String password, jakarta.servlet.http.Cookie device)
            throws Exception {
        return mvc.perform(post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .cookie(device)
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }
}
