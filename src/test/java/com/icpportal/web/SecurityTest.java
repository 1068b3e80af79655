package com.icpportal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.icpportal.account.Role;
import com.icpportal.support.PortalTest;
import com.icpportal.support.Sessions;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;

@PortalTest
class SecurityTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    JdbcTemplate jdbc;

    TestAccount applicant;
    TestAccount reviewer;
    TestAccount admin;

    @BeforeEach
    void accounts() {
        applicant = testData.account("applicant", Role.APPLICANT);
        reviewer = testData.account("reviewer", Role.REVIEWER);
        admin = testData.account("admin", Role.ADMIN);
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        for (String path : new String[] {"/", "/filings", "/review", "/admin"}) {
            mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        }
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"_csrf\"")));
    }

    @Test
    void eachRoleLandsOnItsOwnPage() throws Exception {
        mvc.perform(get("/").session(Sessions.signIn(mvc, applicant.username())))
                .andExpect(redirectedUrl("/filings"));
        mvc.perform(get("/").session(Sessions.signIn(mvc, reviewer.username()))).andExpect(redirectedUrl("/review"));
        mvc.perform(get("/").session(Sessions.signIn(mvc, admin.username()))).andExpect(redirectedUrl("/admin"));
    }

    @Test
    void applicantsReachOnlyTheirPages() throws Exception {
        MockHttpSession session = Sessions.signIn(mvc, applicant.username());
        mvc.perform(get("/filings").session(session)).andExpect(status().isOk());
        mvc.perform(get("/review").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/admin").session(session)).andExpect(status().isForbidden());
    }

    @Test
    void theSlaPageIsForStaffAndTheApiForItsTokenOnly() throws Exception {
        mvc.perform(get("/review/sla").session(Sessions.signIn(mvc, applicant.username())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/review/sla").session(Sessions.signIn(mvc, reviewer.username())))
                .andExpect(status().isOk());
        // The API never redirects to the sign-in page: a machine gets 401, whatever session it carries.
        mvc.perform(get("/api/filed-domains")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/filed-domains").session(Sessions.signIn(mvc, admin.username())))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/anything-else")).andExpect(status().isUnauthorized());
    }

    @Test
    void reviewersReachTheReviewButNotTheAdminPages() throws Exception {
        MockHttpSession session = Sessions.signIn(mvc, reviewer.username());
        mvc.perform(get("/review").session(session)).andExpect(status().isOk());
        mvc.perform(get("/admin").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/filings").session(session)).andExpect(status().isForbidden());
    }

    @Test
    void adminsAreReviewersToo() throws Exception {
        MockHttpSession session = Sessions.signIn(mvc, admin.username());
        mvc.perform(get("/admin").session(session)).andExpect(status().isOk());
        mvc.perform(get("/review").session(session)).andExpect(status().isOk());
        mvc.perform(get("/filings").session(session)).andExpect(status().isForbidden());
    }

    @Test
    void aPostWithoutCsrfTokenIsRefused() throws Exception {
        MockHttpSession session = Sessions.signIn(mvc, applicant.username());
        mvc.perform(post("/logout").session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", applicant.username()).param("password", TestData.PASSWORD))
                .andExpect(status().isForbidden());
        // the session is still signed in: the refused logout did nothing
        mvc.perform(get("/filings").session(session)).andExpect(status().isOk());
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
    }

    @Test
    void theSessionIdChangesAtLogin() throws Exception {
        MockHttpSession before = (MockHttpSession)
                mvc.perform(get("/login")).andReturn().getRequest().getSession(true);
        String idBefore = before.getId();
        var result = mvc.perform(post("/login")
                        .param("username", applicant.username())
                        .param("password", TestData.PASSWORD)
                        .with(csrf())
                        .session(before))
                .andReturn();
        String idAfter = result.getRequest().getSession(false).getId();
        assertThat(idAfter).isNotEqualTo(idBefore);
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessageAtTheField() throws Exception {
        MockHttpSession session = (MockHttpSession)
                mvc.perform(formLogin("/login").user(applicant.username()).password("wrong password"))
                        .andExpect(redirectedUrl("/login?error"))
                        .andReturn()
                        .getRequest()
                        .getSession();
        mvc.perform(get("/login").param("error", "").session(session))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("value=\"" + applicant.username() + "\"")))
                .andExpect(
                        content().string(org.hamcrest.Matchers.containsString("The username or password is not right")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Error: Sign in")));
    }

    @Test
    void passwordsAreStoredHashed() {
        String hash =
                jdbc.queryForObject("select password_hash from account where id = ?", String.class, applicant.id());
        assertThat(hash).startsWith("{bcrypt-sha256}$2").doesNotContain(TestData.PASSWORD);
    }

    @Test
    void pagesCarryAContentSecurityPolicy() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string(
                                "Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }
}
