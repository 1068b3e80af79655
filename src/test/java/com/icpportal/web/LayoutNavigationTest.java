package com.icpportal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.icpportal.account.Role;
import com.icpportal.support.PortalTest;
import com.icpportal.support.Sessions;
import com.icpportal.support.TestData;

/** The header's links for each role (an admin is a reviewer too), and none before sign-in. */
@PortalTest
class LayoutNavigationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    private String page(MockHttpSession session, String path) throws Exception {
        var request = get(path);
        if (session != null) {
            request.session(session);
        }
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    private MockHttpSession signedIn(Role... roles) throws Exception {
        return Sessions.signIn(mvc, testData.account("nav", roles).username());
    }

    @Test
    void eachRoleSeesItsOwnLinks() throws Exception {
        String applicant = page(signedIn(Role.APPLICANT), "/filings");
        assertThat(applicant)
                .contains("href=\"/filings\"", "class=\"user-menu\"")
                .doesNotContain("href=\"/review\"", "href=\"/admin\"");

        String reviewer = page(signedIn(Role.REVIEWER), "/review");
        assertThat(reviewer)
                .contains("href=\"/review\"", "href=\"/review/domains\"")
                .doesNotContain("href=\"/filings\"", "href=\"/admin\"");

        String admin = page(signedIn(Role.ADMIN), "/admin");
        assertThat(admin).contains("href=\"/admin\"", "href=\"/review\"", "href=\"/review/domains\"");
    }

    @Test
    void nobodySignedInSeesNoLinks() throws Exception {
        assertThat(page(null, "/login"))
                .doesNotContain("class=\"header__nav\"", "class=\"user-menu\"", "href=\"/review\"");
    }
}
