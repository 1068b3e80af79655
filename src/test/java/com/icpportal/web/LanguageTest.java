package com.icpportal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

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
class LanguageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theLoginPageFollowsTheBrowser() throws Exception {
        mvc.perform(get("/login").header("Accept-Language", "zh-CN"))
                .andExpect(content().string(containsString("用户名")));
        mvc.perform(get("/login").header("Accept-Language", "fr-FR, zh-TW;q=0.8"))
                .andExpect(content().string(containsString("用户名")));
        mvc.perform(get("/login").header("Accept-Language", "fr-FR"))
                .andExpect(content().string(containsString("Username")));
        mvc.perform(get("/login")).andExpect(content().string(containsString("Username")));
    }

    @Test
    void aChosenLanguageIsRememberedInACookieAndOnTheAccount() throws Exception {
        TestAccount applicant = testData.account("polyglot", Role.APPLICANT);
        MockHttpSession session = Sessions.signIn(mvc, applicant.username());

        mvc.perform(post("/language")
                        .session(session)
                        .with(csrf())
                        .param("lang", "zh-CN")
                        .param("returnTo", "/filings?page=2"))
                .andExpect(redirectedUrl("/filings?page=2"))
                .andExpect(cookie().value("portal-lang", "zh-CN"))
                .andExpect(cookie().httpOnly("portal-lang", true));
        assertThat(jdbc.queryForObject(
                        "select preferred_locale from account where id = ?", String.class, applicant.id()))
                .isEqualTo("zh-CN");

        // The cookie alone carries the choice to the next page.
        mvc.perform(get("/filings").session(session).cookie(new Cookie("portal-lang", "zh-CN")))
                .andExpect(content().string(containsString("我的ICP备案")));

        // On another device (no cookie, an English browser) the account's choice applies after signing in.
        MockHttpSession elsewhere = Sessions.signIn(mvc, applicant.username());
        mvc.perform(get("/filings").session(elsewhere).header("Accept-Language", "en-GB"))
                .andExpect(content().string(containsString("我的ICP备案")));
    }

    @Test
    void aLinkWithLangChangesThePageButNeverTheAccount() throws Exception {
        TestAccount applicant = testData.account("linked", Role.APPLICANT);
        MockHttpSession session = Sessions.signIn(mvc, applicant.username());
        mvc.perform(get("/filings").param("lang", "zh-CN").session(session).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("我的ICP备案")))
                .andExpect(cookie().value("portal-lang", "zh-CN"));
        assertThat(jdbc.queryForObject(
                        "select preferred_locale from account where id = ?", String.class, applicant.id()))
                .isNull();
    }

    @Test
    void theSwitchIsAPostFormThatComesBackToThisPage() throws Exception {
        mvc.perform(get("/login?error&lang=en"))
                .andExpect(content().string(containsString("action=\"/language\" method=\"post\"")))
                .andExpect(content().string(containsString("name=\"returnTo\" value=\"/login?error\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
        // signed out too: the sign-in page's switch works
        mvc.perform(post("/language").with(csrf()).param("lang", "zh-CN").param("returnTo", "/login?error"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(cookie().value("portal-lang", "zh-CN"));
    }

    @Test
    void theSwitchReturnsOnlyToThisSite() throws Exception {
        for (String elsewhere : new String[] {"//evil.example/", "https://evil.example/", "/\\evil.example", "x"}) {
            mvc.perform(post("/language").with(csrf()).param("lang", "en").param("returnTo", elsewhere))
                    .andExpect(redirectedUrl("/"));
        }
        mvc.perform(post("/language").param("lang", "en")).andExpect(status().isForbidden());
    }
}
