package com.icpportal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.icpportal.account.Role;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.ChangeOrders;
import com.icpportal.changeorder.ChangeType;
import com.icpportal.support.PortalTest;
import com.icpportal.support.Sessions;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;
import com.icpportal.support.TestData.TestFiling;
import com.icpportal.support.TestFilesForUpload;

/**
 * Downloading a document: its owner and staff get the bytes as a download with a safe name and
 * headers that stop the browser guessing; staff may preview inline; anyone else, and any unknown
 * id, gets "not found".
 */
@PortalTest
class DocumentDownloadTest {

    private static final String CHINESE_NAME = "身份证 正面（复印件）.png";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    ChangeOrders changeOrders;

    @Autowired
    Documents documents;

    TestAccount owner;
    byte[] content;
    DocumentView document;

    @BeforeEach
    void uploadedDocument() {
        owner = testData.account("downloader", Role.APPLICANT);
        TestFiling filing = testData.beijingFiling(owner, "北京下载测试有限公司", TestData.uniqueDomain("download"));
        UUID orderId = changeOrders.start(Actor.applicant(owner.id()), filing.id(), ChangeType.SUBJECT_CHANGE, null);
        content = TestFilesForUpload.png(640, 480);
        UploadOutcome outcome = documents.upload(new Upload(
                owner.id(),
                filing.id(),
                orderId.toString(),
                DocumentKind.ID_CARD_FRONT,
                CHINESE_NAME,
                "image/png",
                new ByteArrayInputStream(content)));
        assertThat(outcome).isInstanceOf(UploadOutcome.Stored.class);
        document = ((UploadOutcome.Stored) outcome).document();
        assertThat(document.displayName()).isEqualTo(CHINESE_NAME);
    }

    @Test
    void theOwnerDownloadsTheirDocumentAsAnAttachmentWithAnEncodedName() throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        get("/documents/{id}", document.id()).session(Sessions.signIn(mvc, owner.username())))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn()
                .getResponse();

        assertThat(response.getContentType()).startsWith("image/png");
        assertThat(response.getContentAsByteArray()).isEqualTo(content);
        String disposition = response.getHeader(HttpHeaders.CONTENT_DISPOSITION);
        assertThat(disposition).startsWith("attachment").contains("filename*=UTF-8''" + rfc5987(CHINESE_NAME));
        // Only ASCII in the header itself: the name travels percent-encoded.
        assertThat(disposition.chars().allMatch(c -> c < 0x80))
                .as("an ASCII-only header: " + disposition)
                .isTrue();
        ContentDisposition parsed = ContentDisposition.parse(disposition);
        assertThat(parsed.isAttachment()).isTrue();
        assertThat(parsed.getFilename()).isEqualTo(CHINESE_NAME);
    }

    @Test
    void anotherApplicantGetsNotFound() throws Exception {
        TestAccount stranger = testData.account("stranger", Role.APPLICANT);
        MockHttpServletResponse response = mvc.perform(
                        get("/documents/{id}", document.id()).session(Sessions.signIn(mvc, stranger.username())))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse();
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).isNull();
        assertThat(response.getContentAsByteArray()).isNotEqualTo(content);
    }

    @Test
    void aReviewerDownloadsAndMayPreviewInline() throws Exception {
        MockHttpSession reviewer =
                Sessions.signIn(mvc, testData.account("reviewer", Role.REVIEWER).username());

        MockHttpServletResponse download = mvc.perform(
                        get("/documents/{id}", document.id()).session(reviewer))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn()
                .getResponse();
        assertThat(ContentDisposition.parse(download.getHeader(HttpHeaders.CONTENT_DISPOSITION))
                        .isAttachment())
                .isTrue();
        assertThat(download.getContentAsByteArray()).isEqualTo(content);

        MockHttpServletResponse preview = mvc.perform(get("/documents/{id}", document.id())
                        .param("inline", "true")
                        .session(reviewer))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn()
                .getResponse();
        String disposition = preview.getHeader(HttpHeaders.CONTENT_DISPOSITION);
        assertThat(disposition).startsWith("inline");
        assertThat(ContentDisposition.parse(disposition).getFilename()).isEqualTo(CHINESE_NAME);
        assertThat(preview.getContentType()).startsWith("image/png");
        assertThat(preview.getContentAsByteArray()).isEqualTo(content);
    }

    @Test
    void anApplicantAskingForInlineStillGetsAnAttachment() throws Exception {
        String disposition = mvc.perform(get("/documents/{id}", document.id())
                        .param("inline", "true")
                        .session(Sessions.signIn(mvc, owner.username())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader(HttpHeaders.CONTENT_DISPOSITION);
        assertThat(disposition).startsWith("attachment");
        assertThat(ContentDisposition.parse(disposition).isInline()).isFalse();
    }

    @Test
    void anUnknownIdIsNotFound() throws Exception {
        mvc.perform(get("/documents/{id}", UUID.randomUUID()).session(Sessions.signIn(mvc, owner.username())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/documents/{id}", UUID.randomUUID())
                        .session(Sessions.signIn(
                                mvc, testData.account("reviewer", Role.REVIEWER).username())))
                .andExpect(status().isNotFound());
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/documents/{id}", document.id()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"))
                .andReturn()
                .getResponse();
        assertThat(response.getContentAsByteArray()).isNotEqualTo(content);
    }

    /** RFC 5987 / 8187 value-chars: attr-chars as they are, every other UTF-8 byte as %XX. */
    private static String rfc5987(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
            }
        }
        return out.toString();
    }
}
