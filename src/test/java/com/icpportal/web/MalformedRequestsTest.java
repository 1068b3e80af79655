package com.icpportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.icpportal.account.Role;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.ChangeOrders;
import com.icpportal.changeorder.ChangeType;
import com.icpportal.filing.Filings;
import com.icpportal.support.HttpSession;
import com.icpportal.support.PortalServerTest;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;

/**
 * The malformed requests a black-box probe sent (issue 18), as the real server answers them: each
 * gets the 400 page with its message, never a 500, never a Java class name, and changes nothing.
 */
@PortalServerTest
class MalformedRequestsTest {

    private static final String BAD_REQUEST_TEXT = "This request could not be completed";

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    ChangeOrders changeOrders;

    @Autowired
    Filings filings;

    TestAccount applicant;
    UUID orderId;
    HttpSession browser;

    @BeforeEach
    void order() throws Exception {
        applicant = testData.account("malformed", Role.APPLICANT);
        var filing = testData.beijingFiling(applicant, "畸形请求测试有限公司", TestData.uniqueDomain("malformed"));
        orderId = changeOrders.start(
                Actor.applicant(applicant.id()),
                filing.id(),
                ChangeType.WEBSITE_CHANGE,
                filings.subject(filing.id()).websites().get(0).id());
        browser = new HttpSession(port).signIn(applicant.username(), TestData.PASSWORD);
    }

    @Test
    void domainIndexesOutOfRangeOrNotNumbers() throws Exception {
        for (String index : new String[] {"-1", "999999", "abc", "2147483648", ""}) {
            HttpResponse<String> response = postDomains("domains[" + index + "]", "example.cn");
            assertBadRequest(response);
        }
        assertThat(changeOrders.findForApplicant(applicant.id(), orderId).proposedDomains())
                .as("nothing saved")
                .doesNotContain("example.cn");
    }

    @Test
    void aVersionThatIsNotANumberIsNotTakenAsZero() throws Exception {
        String page = browser.get("/orders/" + orderId + "/domains").body();
        String token = HttpSession.csrfToken(page);
        HttpResponse<String> response = browser.postForm(
                "/orders/" + orderId + "/domains",
                "_csrf=" + encode(token) + "&version=x&domains%5B0%5D=" + encode(TestData.uniqueDomain("v")));
        assertBadRequest(response);
    }

    @Test
    void nulInAnUploadsFileName() throws Exception {
        assertBadRequest(upload("photo\u0000.png", true, true));
    }

    @Test
    void aLongChineseFileNameIsStoredNotRefusedAsTooLarge() throws Exception {
        String name = "营业执照".repeat(43) + ".png"; // 172 Chinese characters, 516 bytes of UTF-8
        String token = HttpSession.csrfToken(
                browser.get("/orders/" + orderId + "/documents").body());
        String boundary = "----long" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\n"
                        + "Content-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n"
                        + "Content-Type: image/png\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(com.icpportal.support.TestFilesForUpload.png(800, 800));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = browser.post(
                "/orders/" + orderId + "/documents/ID_CARD_FRONT?_csrf=" + encode(token),
                "multipart/form-data; boundary=" + boundary,
                body.toByteArray());
        assertThat(response.statusCode()).isEqualTo(302);
        String page = browser.get("/orders/" + orderId + "/documents").body();
        assertThat(page).doesNotContain("must be").contains("营业执照营业执照");
    }

    @Test
    void aTruncatedMultipartBody() throws Exception {
        assertBadRequest(upload("photo.png", false, true));
    }

    @Test
    void aMultipartBodyWithoutBoundary() throws Exception {
        assertBadRequest(upload("photo.png", true, false));
    }

    @Test
    void theErrorPathItself() throws Exception {
        HttpResponse<String> response = new HttpSession(port).get("/error");
        assertBadRequest(response);
    }

    private HttpResponse<String> postDomains(String name, String value) throws Exception {
        String page = browser.get("/orders/" + orderId + "/domains").body();
        String token = HttpSession.csrfToken(page);
        long version = changeOrders.findForApplicant(applicant.id(), orderId).version();
        return browser.postForm(
                "/orders/" + orderId + "/domains",
                "_csrf=" + encode(token) + "&version=" + version + "&" + encode(name) + "=" + encode(value));
    }

    private HttpResponse<String> upload(String fileName, boolean complete, boolean withBoundary) throws Exception {
        String token = HttpSession.csrfToken(
                browser.get("/orders/" + orderId + "/documents").body());
        String boundary = "----probe" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\n"
                        + "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                        + "Content-Type: image/png\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[2048]);
        if (complete) {
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        }
        String contentType = withBoundary ? "multipart/form-data; boundary=" + boundary : "multipart/form-data";
        return browser.post(
                "/orders/" + orderId + "/documents/ID_CARD_FRONT?_csrf=" + encode(token),
                contentType,
                body.toByteArray());
    }

    private static void assertBadRequest(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body())
                .contains(BAD_REQUEST_TEXT)
                .doesNotContain("Exception")
                .doesNotContain("java.");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
