package com.icpportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.icpportal.account.Role;
import com.icpportal.support.HttpSession;
import com.icpportal.support.PortalServerTest;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;

/** Error pages as a browser receives them from the real server: in the user's language, never a stack trace. */
@PortalServerTest
class ErrorPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    TestAccount applicant;

    @BeforeEach
    void account() {
        applicant = testData.account("applicant", Role.APPLICANT);
    }

    @Test
    void forbiddenPageInBothLanguages() throws Exception {
        HttpSession browser = new HttpSession(port).signIn(applicant.username(), TestData.PASSWORD);
        HttpResponse<String> english = browser.get("/admin");
        assertThat(english.statusCode()).isEqualTo(403);
        assertThat(english.body()).contains("You cannot open this page");
        HttpResponse<String> chinese = browser.get("/admin?lang=zh-CN");
        assertThat(chinese.statusCode()).isEqualTo(403);
        assertThat(chinese.body()).contains("您无权打开此页面");
    }

    @Test
    void notFoundPage() throws Exception {
        HttpSession browser = new HttpSession(port).signIn(applicant.username(), TestData.PASSWORD);
        HttpResponse<String> response = browser.get("/filings/subjects/" + java.util.UUID.randomUUID());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found").doesNotContain("Exception");
        assertThat(browser.get("/no/such/page").statusCode()).isEqualTo(404);
    }

    @Test
    void aMalformedIdIsABadRequestWithAPlainPage() throws Exception {
        HttpSession browser = new HttpSession(port).signIn(applicant.username(), TestData.PASSWORD);
        HttpResponse<String> response = browser.get("/filings/subjects/not-a-uuid");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .contains("This request could not be completed")
                .doesNotContain("Exception")
                .doesNotContain("not-a-uuid");
    }

    @Test
    void aConflictHasItsOwnPage() throws Exception {
        HttpSession browser = new HttpSession(port).signIn(applicant.username(), TestData.PASSWORD);
        HttpResponse<String> response = browser.get("/test-failures/stale");
        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body()).contains("This record was changed by someone else after you opened it");
    }

    @Test
    void anIllegalTransitionIsAConflictThatSaysWhy() throws Exception {
        HttpSession browser = new HttpSession(port).signIn(applicant.username(), TestData.PASSWORD);
        HttpResponse<String> english = browser.get("/test-failures/illegal-transition");
        assertThat(english.statusCode()).isEqualTo(409);
        assertThat(english.body()).contains("Order CO-2026-000001 cannot do this now: it is Approved.");
        HttpResponse<String> chinese = browser.get("/test-failures/illegal-transition?lang=zh-CN");
        assertThat(chinese.body()).contains("订单 CO-2026-000001 当前状态为“已通过”");
    }

    @Test
    void aServerErrorShowsNoStackTraceAndNoMessage() throws Exception {
        HttpSession browser = new HttpSession(port).signIn(applicant.username(), TestData.PASSWORD);
        HttpResponse<String> response = browser.get("/test-failures/bug", "Accept-Language", "zh-CN,zh;q=0.9");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body())
                .contains("抱歉，系统出现了问题")
                .doesNotContain("IllegalStateException")
                .doesNotContain("hunter2")
                .doesNotContain("at com.icpportal");
    }
}
