package com.icpportal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.icpportal.account.Role;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.ChangeOrders;
import com.icpportal.changeorder.ChangeType;
import com.icpportal.support.PortalS3Test;
import com.icpportal.support.S3TestServer;
import com.icpportal.support.Sessions;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;
import com.icpportal.support.TestData.TestFiling;
import com.icpportal.support.TestFilesForUpload;

import software.amazon.awssdk.services.s3.S3Client;

/** With {@code portal.documents.store=s3}, an applicant's upload lands in the bucket and downloads unchanged. */
@PortalS3Test
class S3UploadJourneyTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    ChangeOrders changeOrders;

    @Autowired
    S3Settings settings;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anUploadThroughThePageDownloadsWithTheSameBytesFromTheBucket() throws Exception {
        TestAccount applicant = testData.account("s3-uploader", Role.APPLICANT);
        TestFiling filing = testData.beijingFiling(applicant, "北京对象存储测试有限公司", TestData.uniqueDomain("s3"));
        UUID orderId =
                changeOrders.start(Actor.applicant(applicant.id()), filing.id(), ChangeType.SUBJECT_CHANGE, null);
        MockHttpSession session = Sessions.signIn(mvc, applicant.username());
        byte[] content = TestFilesForUpload.png(800, 800);

        String form = mvc.perform(get("/orders/{id}/documents", orderId).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(multipart(DocumentsPageHtml.uploadAction(form, DocumentKind.ID_CARD_FRONT))
                        .file(new MockMultipartFile("file", "front.png", "image/png", content))
                        .param("_csrf", DocumentsPageHtml.uploadToken(form, DocumentKind.ID_CARD_FRONT))
                        .session(session))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/orders/" + orderId + "/documents"));

        var row = jdbc.queryForMap("""
                select d.id, d.storage_key from document d join document_attachment a on a.document_id = d.id
                where a.reference = ? and a.kind = 'ID_CARD_FRONT'""", orderId.toString());
        try (S3Client bucket = S3TestServer.client()) {
            byte[] inBucket = bucket.getObjectAsBytes(request ->
                            request.bucket(S3TestServer.BUCKET).key(settings.prefix() + row.get("storage_key")))
                    .asByteArray();
            assertThat(inBucket).isEqualTo(content);
        }
        byte[] downloaded = mvc.perform(get("/documents/{id}", row.get("id")).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(downloaded).isEqualTo(content);
    }
}
