package com.icpportal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

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
 * A document uploaded for an earlier order of a subject is offered on the subject's next order and
 * attached without a new upload; a document of another subject, of another applicant or of
 * another kind cannot be attached by posting its id.
 */
@PortalTest
class DocumentReuseTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    ChangeOrders changeOrders;

    @Autowired
    Documents documents;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    com.icpportal.filing.Filings filings;

    TestAccount applicant;
    Actor actor;
    TestFiling filing;
    MockHttpSession session;

    @BeforeEach
    void applicant() throws Exception {
        applicant = testData.account("reuse", Role.APPLICANT);
        actor = Actor.applicant(applicant.id());
        filing = testData.beijingFiling(applicant, "北京复用测试有限公司", TestData.uniqueDomain("reuse"));
        session = Sessions.signIn(mvc, applicant.username());
    }

    @Test
    void aDocumentOfAnEarlierOrderIsOfferedAndAttachedWithoutANewUpload() throws Exception {
        UUID earlierOrder = changeOrders.start(actor, filing.id(), ChangeType.SUBJECT_CHANGE, null);
        DocumentView earlier = upload(applicant, filing, earlierOrder, DocumentKind.ID_CARD_FRONT, "早先的身份证正面.png");
        changeOrders.withdraw(
                actor,
                earlierOrder,
                changeOrders.findForApplicant(applicant.id(), earlierOrder).version(),
                null);
        UUID order = changeOrders.start(actor, filing.id(), ChangeType.SUBJECT_CHANGE, null);

        String page = page(order, "en");
        assertThat(HtmlUtils.htmlUnescape(page)).contains("Uploaded before: " + earlier.displayName());
        assertThat(reuseForm(page, order, DocumentKind.ID_CARD_FRONT))
                .contains("name=\"documentId\" value=\"" + earlier.id() + "\"")
                .contains("Use this one");
        assertThat(HtmlUtils.htmlUnescape(page(order, "zh-CN")))
                .contains("此前上传：" + earlier.displayName())
                .contains("使用此文件");
        long documentsBefore = count("select count(*) from document");
        long attachmentsBefore = count("select count(*) from document_attachment");

        mvc.perform(post("/orders/{id}/documents/{kind}/reuse", order, DocumentKind.ID_CARD_FRONT)
                        .session(session)
                        .with(csrf())
                        .param("documentId", earlier.id().toString()))
                .andExpect(redirectedUrl("/orders/" + order + "/documents"))
                .andExpect(flash().attribute("notice", "document.reused"));

        assertThat(count("select count(*) from document")).isEqualTo(documentsBefore);
        assertThat(count("select count(*) from document_attachment")).isEqualTo(attachmentsBefore + 1);
        assertThat(jdbc.queryForObject("""
                select document_id from document_attachment where reference = ? and kind = 'ID_CARD_FRONT'""", UUID.class, order.toString())).isEqualTo(earlier.id());
        assertThat(documents.attachedTo(order.toString())).containsKey(DocumentKind.ID_CARD_FRONT);
        // the earlier order keeps its own attachment
        assertThat(documents
                        .attachedTo(earlierOrder.toString())
                        .get(DocumentKind.ID_CARD_FRONT)
                        .id())
                .isEqualTo(earlier.id());
        String after = HtmlUtils.htmlUnescape(page(order, "en"));
        assertThat(after)
                .contains("<span>Uploaded:</span>")
                .contains("href=\"/documents/" + earlier.id() + "\">" + earlier.displayName() + "</a>")
                .doesNotContain("Uploaded before: " + earlier.displayName());
    }

    @Test
    void aDocumentOfAnotherSubjectAnotherApplicantOrAnotherKindCannotBeAttached() throws Exception {
        UUID order = changeOrders.start(actor, filing.id(), ChangeType.SUBJECT_CHANGE, null);
        // the same applicant's other subject
        TestFiling otherSubject = testData.beijingFiling(applicant, "北京另一主体有限公司", TestData.uniqueDomain("other"));
        DocumentView ofOtherSubject =
                upload(applicant, otherSubject, null, DocumentKind.ID_CARD_FRONT, "other-subject.png");
        // another applicant's own subject
        TestAccount stranger = testData.account("stranger", Role.APPLICANT);
        TestFiling strangersFiling = testData.beijingFiling(stranger, "北京陌生人有限公司", TestData.uniqueDomain("stranger"));
        DocumentView ofStranger = upload(stranger, strangersFiling, null, DocumentKind.ID_CARD_FRONT, "stranger.png");
        // another applicant's document recorded against this very subject (only the service could do that)
        DocumentView strangersForThisSubject =
                upload(stranger, filing, null, DocumentKind.ID_CARD_FRONT, "stranger-same-subject.png");
        // this applicant's and this subject's, but of another kind
        DocumentView ofAnotherKind = upload(applicant, filing, null, DocumentKind.ID_CARD_BACK, "back.png");

        String page = HtmlUtils.htmlUnescape(page(order, "en"));
        assertThat(page)
                .doesNotContain("other-subject.png", "stranger.png", "stranger-same-subject.png")
                .doesNotContain(
                        ofOtherSubject.id().toString(),
                        ofStranger.id().toString(),
                        strangersForThisSubject.id().toString());
        long attachmentsBefore = count("select count(*) from document_attachment");

        for (DocumentView foreign :
                new DocumentView[] {ofOtherSubject, ofStranger, strangersForThisSubject, ofAnotherKind}) {
            mvc.perform(post("/orders/{id}/documents/{kind}/reuse", order, DocumentKind.ID_CARD_FRONT)
                            .session(session)
                            .with(csrf())
                            .param("documentId", foreign.id().toString()))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post("/orders/{id}/documents/{kind}/reuse", order, DocumentKind.ID_CARD_FRONT)
                        .session(session)
                        .with(csrf())
                        .param("documentId", UUID.randomUUID().toString()))
                .andExpect(status().isNotFound());

        assertThat(count("select count(*) from document_attachment")).isEqualTo(attachmentsBefore);
        assertThat(count("select count(*) from document_attachment where reference = '" + order + "'"))
                .isZero();
    }

    @Test
    void afterThePrincipalChangesOnlyWhatStillProvesSomethingIsOffered() throws Exception {
        UUID earlierOrder = changeOrders.start(actor, filing.id(), ChangeType.SUBJECT_CHANGE, null);
        DocumentView oldIdCard =
                upload(applicant, filing, earlierOrder, DocumentKind.ID_CARD_FRONT, "zhang-san-id.png");
        DocumentView licence = upload(applicant, filing, earlierOrder, DocumentKind.BUSINESS_LICENCE, "licence.png");
        DocumentView commitment =
                upload(applicant, filing, earlierOrder, DocumentKind.AUTHENTICITY_COMMITMENT, "signed-commitment.png");
        changeOrders.withdraw(
                actor,
                earlierOrder,
                changeOrders.findForApplicant(applicant.id(), earlierOrder).version(),
                null);

        // the new order names another principal (王芳, another certificate number)
        UUID order = changeOrders.start(actor, filing.id(), ChangeType.SUBJECT_CHANGE, null);
        var current = filings.subject(filing.id()).details();
        var wangFang = current.principal().withName("王芳").withCertificateNumber("110101199003074514");
        var saved = changeOrders.saveSubject(
                actor,
                order,
                changeOrders.findForApplicant(applicant.id(), order).version(),
                current.withPrincipal(wangFang.withMobile("13700137000")
                        .withEmergencyPhone("13600136000")
                        .withEmail("wang@example.test")),
                com.icpportal.changeorder.Section.PRINCIPAL);
        assertThat(saved.violations()).isEmpty();

        String page = HtmlUtils.htmlUnescape(page(order, "en"));
        assertThat(page)
                .doesNotContain(oldIdCard.id().toString(), commitment.id().toString())
                .doesNotContain("zhang-san-id.png", "signed-commitment.png");
        assertThat(reuseForm(page, order, DocumentKind.BUSINESS_LICENCE))
                .contains("name=\"documentId\" value=\"" + licence.id() + "\"");
        for (var refused : List.of(
                new Object[] {DocumentKind.ID_CARD_FRONT, oldIdCard},
                new Object[] {DocumentKind.AUTHENTICITY_COMMITMENT, commitment})) {
            mvc.perform(post("/orders/{id}/documents/{kind}/reuse", order, refused[0])
                            .session(session)
                            .with(csrf())
                            .param(
                                    "documentId",
                                    ((DocumentView) refused[1]).id().toString()))
                    .andExpect(status().isNotFound());
        }
        assertThat(count("select count(*) from document_attachment where reference = '" + order + "'"))
                .isZero();
    }

    // --- helpers ---------------------------------------------------------------------------------

    private DocumentView upload(TestAccount owner, TestFiling subject, UUID orderId, DocumentKind kind, String name) {
        UploadOutcome outcome = documents.upload(new Upload(
                owner.id(),
                subject.id(),
                orderId == null ? null : orderId.toString(),
                kind,
                name,
                "image/png",
                new ByteArrayInputStream(TestFilesForUpload.png(400, 300))));
        assertThat(outcome).isInstanceOf(UploadOutcome.Stored.class);
        DocumentView stored = ((UploadOutcome.Stored) outcome).document();
        if (orderId != null) {
            // what the documents page records after an upload: what the document proves for its order
            documents.recordProof(
                    stored.id(), owner.id(), changeOrders.proofOf(changeOrders.overview(owner.id(), orderId), kind));
        }
        return stored;
    }

    private String page(UUID orderId, String language) throws Exception {
        return mvc.perform(
                        get("/orders/{id}/documents", orderId).session(session).header("Accept-Language", language))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The reuse form of a kind on the page, from its opening tag to its end. */
    private static String reuseForm(String html, UUID orderId, DocumentKind kind) {
        Matcher matcher = Pattern.compile(
                        "<form[^>]*action=\"/orders/" + orderId + "/documents/" + kind.name()
                                + "/reuse\"[^>]*>(.*?)</form>",
                        Pattern.DOTALL)
                .matcher(html);
        assertThat(matcher.find()).as("a reuse form for " + kind).isTrue();
        return matcher.group(1);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
