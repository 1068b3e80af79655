package com.icpportal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;

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

        mvc.perform(get("/filings").param("lang", "zh-CN").session(session).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("我的ICP备案")))
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
    void theSwitchLinksKeepThePageAndItsQuery() throws Exception {
        mvc.perform(get("/login?error&lang=en"))
                .andExpect(content().string(containsString("href=\"/login?error&amp;lang=zh-CN\"")));
    }
}
