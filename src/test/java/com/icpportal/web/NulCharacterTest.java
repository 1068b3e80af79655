package com.icpportal.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.icpportal.account.Role;
import com.icpportal.support.PortalTest;
import com.icpportal.support.Sessions;
import com.icpportal.support.TestData;

/** A NUL character ({@code %00}) in any parameter is a 400, never a 500 from PostgreSQL. */
@PortalTest
class NulCharacterTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Test
    void searchBoxesAndFiltersWithNulAreBadRequests() throws Exception {
        MockHttpSession admin =
                Sessions.signIn(mvc, testData.account("nul-admin", Role.ADMIN).username());
        mvc.perform(get("/admin/filings").param("q", "a\u0000b").session(admin)).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/filings").param("after", "\u0000").session(admin))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/admin/accounts").param("q", "\u0000").session(admin)).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/audit").param("actor", "\u0000").session(admin)).andExpect(status().isBadRequest());
        mvc.perform(get("/review").param("province", "\u0000").session(admin)).andExpect(status().isBadRequest());
        mvc.perform(get("/review/sla").param("province", "\u0000").session(admin))
                .andExpect(status().isBadRequest());
        // the same pages without NUL still work
        mvc.perform(get("/admin/filings").param("q", "ab").session(admin)).andExpect(status().isOk());
        mvc.perform(get("/review/sla").param("province", "ZZ").session(admin)).andExpect(status().isOk());
    }

    @Test
    void formsAndTheSignInFormWithNulAreBadRequests() throws Exception {
        MockHttpSession admin =
                Sessions.signIn(mvc, testData.account("nul-admin2", Role.ADMIN).username());
        mvc.perform(post("/admin/accounts")
                        .with(csrf())
                        .session(admin)
                        .param("username", "x\u0000y")
                        .param("displayName", "x")
                        .param("email", "x@example.com"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/login").with(csrf()).param("username", "x\u0000y").param("password", "whatever"))
                .andExpect(status().isBadRequest());
    }
}
