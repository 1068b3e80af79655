package com.icpportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.icpportal.support.PortalTest;
import com.icpportal.support.SecondFactorCodes;
import com.icpportal.support.Sessions;
import com.icpportal.support.TestClock;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;

/** The second factor through the real sign-in, with MockMvc: who must have one, enrolment, codes, re-checks, resets. */
@PortalTest
class SecondFactorTest {

    private static final Pattern SECRET = Pattern.compile("id=\"secret\">([A-Z2-7 ]+)<");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    SecondFactorCodes codes;

    @Autowired
    SecondFactors secondFactors;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aReviewerWithThePasswordAloneSeesNoPageUntilTheCode() throws Exception {
        TestAccount reviewer = testData.account("mfa-reviewer", Role.REVIEWER);
        MockHttpSession session = passwordOnly(reviewer);
        for (String page : new String[] {"/review", "/notices", "/", "/account/password"}) {
            mvc.perform(get(page).session(session))
                    .andExpect(header().string("Location", startsWith("/login/second-factor?")));
        }
        mvc.perform(get("/login/second-factor").session(session))
                .andExpect(content().string(containsString("Enter the code from your authenticator app")));
        mvc.perform(post("/login/second-factor").session(session).with(csrf()).param("code", "12345x"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This code is not right")));
        String code = codes.code(reviewer.username()).orElseThrow();
        mvc.perform(post("/login/second-factor").session(session).with(csrf()).param("code", code))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/review").session(session)).andExpect(status().isOk());

        // the same code does not work twice
        MockHttpSession replay = passwordOnly(reviewer);
        mvc.perform(post("/login/second-factor").session(replay).with(csrf()).param("code", code))
                .andExpect(content().string(containsString("This code is not right")));
    }

    @Test
    void staffWithoutASecondFactorEnrolAtTheirNextSignIn() throws Exception {
        TestAccount admin = testData.accountWithoutSecondFactor("mfa-new-admin", Role.ADMIN);
        MockHttpSession session = passwordOnly(admin);
        mvc.perform(get("/admin").session(session))
                .andExpect(header().string("Location", startsWith("/login/second-factor?")));
        mvc.perform(get("/login/second-factor").session(session)).andExpect(redirectedUrl("/account/second-factor"));
        String page = mvc.perform(get("/account/second-factor").session(session))
                .andExpect(content().string(containsString("data:image/svg+xml;base64,")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher secret = SECRET.matcher(page);
        assertThat(secret.find()).isTrue();
        String recoveryPage = mvc.perform(post("/account/second-factor")
                        .session(session)
                        .with(csrf())
                        .param("code", codes.codeFor(secret.group(1))))
                .andExpect(content().string(containsString("Your recovery codes")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Pattern.compile("<code>[a-z2-9]{5}-[a-z2-9]{5}</code>")
                        .matcher(recoveryPage)
                        .results()
                        .count())
                .isEqualTo(10);
        assertThat(jdbc.queryForObject(
                        "select count(*) from account_recovery_code where account_id = ? and code_hash ~ '^[0-9a-f]{64}$'",
                        Integer.class,
                        admin.id()))
                .as("only hashes are kept")
                .isEqualTo(10);
        assertThat(jdbc.queryForObject(
                        "select secret from account_totp where account_id = ?", String.class, admin.id()))
                .as("the secret is sealed at rest")
                .startsWith("v1:")
                .doesNotContain(secret.group(1).replace(" ", ""));
        mvc.perform(get("/admin").session(session)).andExpect(status().isOk());
        // enrolled: the enrolment page cannot replace the factor
        mvc.perform(get("/account/second-factor").session(passwordOnly(admin)))
                .andExpect(redirectedUrl("/login/second-factor"));
    }

    @Test
    void sensitiveAdminActionsAskAgainAfterFifteenMinutes() throws Exception {
        TestAccount admin = testData.account("mfa-recent", Role.ADMIN);
        TestAccount reviewer = testData.account("mfa-target", Role.REVIEWER);
        clock.setTo(java.time.Instant.now());
        MockHttpSession session = Sessions.signIn(mvc, admin.username());
        clock.advance(Duration.ofMinutes(16));
        // reading still works...
        mvc.perform(get("/admin").session(session)).andExpect(status().isOk());
        // ...the other sensitive actions (province rules, calendar, suffixes, imports) ask again...
        for (String path : List.of(
                "/admin/provinces/11",
                "/admin/calendar/days",
                "/admin/suffixes",
                "/admin/filings/import",
                "/admin/divisions/import")) {
            mvc.perform(post(path).session(session).with(csrf()))
                    .andExpect(header().string("Location", startsWith("/login/second-factor")));
        }
        // ...changing roles asks for the code again
        long version = jdbc.queryForObject("select version from account where id = ?", Long.class, reviewer.id());
        mvc.perform(post("/admin/accounts/{id}/roles", reviewer.id())
                        .session(session)
                        .with(csrf())
                        .header("Referer", "http://localhost/admin/accounts/" + reviewer.id())
                        .param("version", String.valueOf(version))
                        .param("roles", "REVIEWER", "ADMIN"))
                .andExpect(header().string("Location", startsWith("/login/second-factor?")));
        mvc.perform(get("/login/second-factor").session(session))
                .andExpect(content().string(containsString("This action needs a fresh confirmation")));
        mvc.perform(post("/login/second-factor")
                        .session(session)
                        .with(csrf())
                        .param("code", codes.code(admin.username()).orElseThrow()))
                .andExpect(redirectedUrl("/admin/accounts/" + reviewer.id()));
        mvc.perform(post("/admin/accounts/{id}/roles", reviewer.id())
                        .session(session)
                        .with(csrf())
                        .param("version", String.valueOf(version))
                        .param("roles", "REVIEWER", "ADMIN"))
                .andExpect(redirectedUrl("/admin/accounts/" + reviewer.id()));
    }

    @Test
    void anAdminResetsAnotherStaffMembersFactorButNeverTheirOwn() throws Exception {
        TestAccount admin = testData.account("mfa-resetter", Role.ADMIN);
        TestAccount reviewer = testData.account("mfa-lost-phone", Role.REVIEWER);
        MockHttpSession session = Sessions.signIn(mvc, admin.username());
        mvc.perform(get("/admin/accounts/{id}", reviewer.id()).session(session))
                .andExpect(content().string(containsString("Reset second factor")));
        mvc.perform(post("/admin/accounts/{id}/second-factor/reset", reviewer.id())
                        .session(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts/" + reviewer.id()));
        assertThat(secondFactors.enrolled(reviewer.id())).isFalse();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where kind = 'account.second-factor-reset' and entity_id = ? and actor_id = ?",
                        Integer.class,
                        reviewer.id().toString(),
                        admin.id()))
                .isEqualTo(1);
        mvc.perform(post("/admin/accounts/{id}/second-factor/reset", admin.id())
                        .session(session)
                        .with(csrf()))
                .andExpect(content().string(containsString("You cannot reset your own second factor")));
        assertThat(secondFactors.enrolled(admin.id())).isTrue();
        assertThatThrownBy(() -> secondFactors.reset(admin.id(), admin.id())).isInstanceOf(AccountChangeRefused.class);
    }

    @Test
    void anApplicantMayOptInAndIsThenAskedAtSignIn() throws Exception {
        TestAccount applicant = testData.account("mfa-applicant", Role.APPLICANT);
        MockHttpSession session = passwordOnly(applicant);
        mvc.perform(get("/filings").session(session)).andExpect(status().isOk());
        String page = mvc.perform(get("/account/second-factor").session(session))
                .andExpect(content().string(containsString("Protect your account with a second factor")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher secret = SECRET.matcher(page);
        assertThat(secret.find()).isTrue();
        mvc.perform(post("/account/second-factor")
                        .session(session)
                        .with(csrf())
                        .param("code", codes.codeFor(secret.group(1))))
                .andExpect(status().isOk());
        assertThat(secondFactors.enrolled(applicant.id())).isTrue();
        mvc.perform(get("/filings").session(passwordOnly(applicant)))
                .andExpect(header().string("Location", startsWith("/login/second-factor?")));
    }

    private MockHttpSession passwordOnly(TestAccount account) throws Exception {
        return (MockHttpSession)
                mvc.perform(formLogin("/login").user(account.username()).password(TestData.PASSWORD))
                        .andReturn()
                        .getRequest()
                        .getSession(false);
    }
}
