package com.icpportal.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icpportal.account.Role;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.ChangeOrders;
import com.icpportal.changeorder.ChangeType;
import com.icpportal.support.HttpSession;
import com.icpportal.support.PortalServerTest;
import com.icpportal.support.TestData;
import com.icpportal.support.TestFilesForUpload;

/**
 * Upload forms keep their CSRF token in the body, never in the address (which the browser keeps in
 * its history): against the real servlet container, whose multipart limit is what a too-large
 * upload meets, a post without the token is refused, and one too large to be read still gets the
 * size message at its field, from a page with a GET address of its own.
 */
@PortalServerTest
class UploadTokenAndSizeTest {

    private static final String BOUNDARY = "----portal-upload-test";

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    ChangeOrders changeOrders;

    @Autowired
    JdbcTemplate jdbc;

    HttpSession session;
    UUID orderId;
    String page;

    @BeforeEach
    void openDocumentsPage() throws Exception {
        var applicant = testData.account("token", Role.APPLICANT);
        var filing = testData.beijingFiling(applicant, "北京令牌测试有限公司", TestData.uniqueDomain("token"));
        orderId = changeOrders.start(Actor.applicant(applicant.id()), filing.id(), ChangeType.SUBJECT_CHANGE, null);
        session = new HttpSession(port).signIn(applicant.username(), TestData.PASSWORD);
        page = session.get("/orders/" + orderId + "/documents").body();
    }

    @Test
    void theUploadFormsAddressCarriesNoToken() {
        for (DocumentKind kind : new DocumentKind[] {DocumentKind.ID_CARD_FRONT, DocumentKind.BUSINESS_LICENCE}) {
            assertThat(DocumentsPageHtml.uploadAction(page, kind).toString())
                    .isEqualTo("/orders/" + orderId + "/documents/" + kind);
            assertThat(DocumentsPageHtml.uploadToken(page, kind)).isNotBlank();
        }
        assertThat(page).doesNotContain("?_csrf=").doesNotContain("&amp;_csrf=");
    }

    @Test
    void anUploadWithoutTheTokenIsRefusedAndNothingIsStored() throws Exception {
        byte[] body = HttpSession.multipart(
                BOUNDARY, Map.of(), "id-front.png", "image/png", TestFilesForUpload.png(800, 600));

        HttpResponse<String> response =
                session.postMultipart("/orders/" + orderId + "/documents/ID_CARD_FRONT", BOUNDARY, body);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(attachments()).isZero();
    }

    @Test
    void anUploadWithTheTokenIsStored() throws Exception {
        byte[] body = HttpSession.multipart(
                BOUNDARY,
                Map.of("_csrf", DocumentsPageHtml.uploadToken(page, DocumentKind.ID_CARD_FRONT)),
                "id-front.png",
                "image/png",
                TestFilesForUpload.png(800, 600));

        HttpResponse<String> response =
                session.postMultipart("/orders/" + orderId + "/documents/ID_CARD_FRONT", BOUNDARY, body);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(attachments()).isOne();
    }

    @Test
    void anUploadTooLargeForTheContainerGetsTheSizeMessageAtItsFieldOnAPageWithAnAddress() throws Exception {
        // larger than the container's multipart limit (12 MB a request): its parts, the token among
        // them, cannot be read
        byte[] content = Arrays.copyOf(TestFilesForUpload.png(800, 600), 13 * 1024 * 1024);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", DocumentsPageHtml.uploadToken(page, DocumentKind.ID_CARD_FRONT));
        byte[] body = HttpSession.multipart(BOUNDARY, fields, "id-front.png", "image/png", content);

        HttpResponse<String> response =
                session.postMultipart("/orders/" + orderId + "/documents/ID_CARD_FRONT", BOUNDARY, body);

        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/orders/" + orderId + "/documents?refused=ID_CARD_FRONT");
        String refused =
                session.get(location.replaceFirst("^https?://[^/]+", "")).body();
        assertThat(DocumentsPageHtml.fieldError(refused, DocumentKind.ID_CARD_FRONT))
                .contains("The selected file must be 5 MB or smaller");
        assertThat(DocumentsPageHtml.title(refused)).startsWith("Error:");
        // the same address in Chinese, as the header's language link asks for it
        String chinese = session.get(location.replaceFirst("^https?://[^/]+", "") + "&lang=zh-CN")
                .body();
        assertThat(DocumentsPageHtml.fieldError(chinese, DocumentKind.ID_CARD_FRONT))
                .contains("所选文件不能超过 5 MB");
        assertThat(attachments()).isZero();
    }

    @Test
    void aCraftedAddressNamingAFieldShowsNoRefusal() throws Exception {
        String shown = session.get("/orders/" + orderId + "/documents?refused=ID_CARD_FRONT")
                .body();

        assertThat(DocumentsPageHtml.fieldError(shown, DocumentKind.ID_CARD_FRONT))
                .isEmpty();
        assertThat(DocumentsPageHtml.title(shown)).doesNotStartWith("Error:");
        // a name that is no field at all: the plain page, not an error
        HttpResponse<String> noSuchField = session.get("/orders/" + orderId + "/documents?refused=NO_SUCH_KIND");
        assertThat(noSuchField.statusCode()).isEqualTo(200);
        assertThat(DocumentsPageHtml.title(noSuchField.body())).doesNotStartWith("Error:");
        HttpResponse<String> photo = session.get("/orders/" + orderId + "/verification?refused=NO_SUCH_KIND");
        assertThat(photo.statusCode()).isNotEqualTo(400).isLessThan(500);
    }

    private int attachments() {
        return jdbc.queryForObject(
                "select count(*) from document_attachment where reference = ?", Integer.class, orderId.toString());
    }
}
