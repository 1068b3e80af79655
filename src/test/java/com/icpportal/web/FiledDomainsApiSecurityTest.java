package com.icpportal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import com.icpportal.account.Role;
import com.icpportal.support.PortalTest;
import com.icpportal.support.Sessions;
import com.icpportal.support.TestData;
import com.icpportal.support.TestDatabase;

/** The filed-domains API answers only to its token: missing, wrong or unconfigured is 401, and each refusal is an event. */
@PortalTest
@RecordApplicationEvents
class FiledDomainsApiSecurityTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    ApplicationEvents events;

    @Test
    void theRightTokenOpensIt() throws Exception {
        mvc.perform(get("/api/filed-domains").header("Authorization", "Bearer " + TestDatabase.TEST_API_TOKEN))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"));
        assertThat(events.stream(ApiTokenRefused.class)).isEmpty();
    }

    @Test
    void aMissingOrWrongTokenIsRefusedWithJsonAndRecorded() throws Exception {
        for (String authorization : new String[] {
            null,
            "Bearer ",
            "Bearer wrong-token",
            "Bearer " + TestDatabase.TEST_API_TOKEN + "x",
            "Basic " + TestDatabase.TEST_API_TOKEN,
            TestDatabase.TEST_API_TOKEN
        }) {
            var request = get("/api/filed-domains").with(r -> {
                r.setRemoteAddr("203.0.113.7");
                return r;
            });
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            mvc.perform(request)
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string("WWW-Authenticate", "Bearer"))
                    .andExpect(content().json("{\"error\":\"unauthorized\"}"));
        }
        List<ApiTokenRefused> refusals = events.stream(ApiTokenRefused.class).toList();
        assertThat(refusals).hasSize(6).allSatisfy(refusal -> {
            assertThat(refusal.auditKind()).isEqualTo("api.token-refused");
            assertThat(refusal.auditEntityId()).isEqualTo("/api/filed-domains");
            assertThat(refusal.auditDetail()).startsWith("from 203.0.113.7: ");
            assertThat(refusal.auditDetail()).doesNotContain(TestDatabase.TEST_API_TOKEN);
        });
        assertThat(refusals)
                .extracting(ApiTokenRefused::reason)
                .containsExactly("missing", "missing", "wrong", "wrong", "missing", "missing");
    }

    @Test
    void aSignedInSessionIsNoSubstituteForTheToken() throws Exception {
        var admin = testData.account("admin", Role.ADMIN);
        mvc.perform(get("/api/filed-domains").session(Sessions.signIn(mvc, admin.username())))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void withoutAConfiguredTokenTheApiIsClosed() throws Exception {
        List<Object> published = new ArrayList<>();
        ApiTokenFilter filter = new ApiTokenFilter("  ", published::add);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/filed-domains");
        request.addHeader("Authorization", "Bearer ");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(chain.getRequest()).as("the request went no further").isNull();
        assertThat(published)
                .singleElement()
                .isEqualTo(new ApiTokenRefused("/api/filed-domains", "127.0.0.1", "not-configured"));
    }
}
