package com.icpportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import com.icpportal.support.HttpSession;
import com.icpportal.support.TestClockConfiguration;
import com.icpportal.support.TestDatabase;

/**
 * The production profile on a real Tomcat, reached as through the TLS proxy (X-Forwarded-Proto from
 * the loopback address, which the profile trusts): the session cookie is Secure, HSTS is sent, and
 * health says up and nothing more.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "portal.base-url=https://icp.example.test",
            "portal.login.device-secret=test-device-secret-0123456789abcdef",
            "portal.security.factor-key=GomTeRI7eMcAamBWKMwky5p+vPgAp3DOJ2HFUDpFG6g="
        })
@ActiveProfiles("prod")
@ContextConfiguration(initializers = TestDatabase.class)
@Import(TestClockConfiguration.class)
class ProductionProfileTest {

    @LocalServerPort
    int port;

    @Test
    void behindTheProxyCookiesAreSecureAndHstsIsSent() throws Exception {
        HttpResponse<String> page =
                new HttpSession(port).get("/login", "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.9");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000", "includeSubDomains"));
        assertThat(page.headers().allValues("Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .singleElement()
                .asString()
                .contains("Secure", "HttpOnly");
    }

    @Test
    void healthSaysUpAndNothingMore() throws Exception {
        HttpResponse<String> health = new HttpSession(port).get("/actuator/health", "Accept", "application/json");
        assertThat(health.body())
                .contains("\"status\":\"UP\"")
                .doesNotContain("components")
                .doesNotContain("details")
                .doesNotContain("postgres");
        assertThat(new HttpSession(port).get("/actuator/env").statusCode()).isNotEqualTo(200);
    }
}
