package com.icpportal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.icpportal.account.Role;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.ChangeOrderDecisions;
import com.icpportal.changeorder.ChangeOrders;
import com.icpportal.changeorder.ChangeType;
import com.icpportal.changeorder.ContactOutcome;
import com.icpportal.changeorder.Reason;
import com.icpportal.document.DocumentKind;
import com.icpportal.document.Documents;
import com.icpportal.document.Upload;
import com.icpportal.document.UploadOutcome;
import com.icpportal.support.PortalTest;
import com.icpportal.support.Sessions;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;
import com.icpportal.support.TestData.TestFiling;
import com.icpportal.support.TestFilesForUpload;

/**
 * Every audited kind of action leaves exactly one row in the trail, naming the actor. Each line of
 * {@link #actions()} prepares a record, then performs one real action (through the services or
 * MockMvc) and returns the id of the entity it acted on; add a line for every new audited kind.
 */
@PortalTest
class AuditedActionsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    ChangeOrders changeOrders;

    @Autowired
    ChangeOrderDecisions decisions;

    @Autowired
    Documents documents;

    @Autowired
    JdbcTemplate jdbc;

    AuditRows rows;
    TestAccount applicant;
    TestAccount reviewer;
    TestAccount admin;
    Actor applicantActor;
    Actor reviewerActor;
    Actor adminActor;

    @BeforeEach
    void people() {
        rows = new AuditRows(jdbc);
        applicant = testData.account("audited", Role.APPLICANT);
        reviewer = testData.account("auditor", Role.REVIEWER);
        admin = testData.account("audit-admin", Role.ADMIN);
        applicantActor = Actor.applicant(applicant.id());
        reviewerActor = Actor.reviewer(reviewer.id());
        adminActor = Actor.reviewer(admin.id());
    }

    /** Performs the audited action and returns the id of the entity it acted on. */
    interface Act {
        String perform() throws Exception;
    }

    /** Sets up what the action needs (not audited in the check) and returns the action. */
    interface Prepare {
        Act prepare() throws Exception;
    }

    /** One audited kind: its expected kind, who acts, and how to make it happen. */
    record Audited(String kind, UUID actor, Prepare prepare) {
    }

    List<Audited> actions() {
        UUID applicantId = applicant.id();
        UUID reviewerId = reviewer.id();
        UUID adminId = admin.id();
        Actor authority = Actor.authority(adminId);
        return List.of(
                new Audited("order.started", applicantId, () -> {
                    TestFiling filing = filing();
                    return () -> changeOrders.start(applicantActor, filing.id(), ChangeType.SUBJECT_CHANGE, null).toString();
                }),
                new Audited("order.submitted", applicantId, () -> {
                    UUID order = draft();
                    return () -> id(changeOrders.submit(applicantActor, order, version(order)).id());
                }),
                new Audited("order.withdrawn", applicantId, () -> {
                    UUID order = draft();
                    return () -> id(changeOrders.withdraw(applicantActor, order, version(order), "mistake").id());
                }),
                new Audited("order.claimed", reviewerId, () -> {
                    UUID order = submitted();
                    return () -> {
                        assertThat(decisions.claim(reviewerActor, order).claimed()).isTrue();
                        return id(order);
                    };
                }),
                new Audited("order.released", reviewerId, () -> {
                    UUID order = claimed();
                    return () -> {
                        decisions.release(reviewerActor, order);
                        return id(order);
                    };
                }),
                new Audited("order.reassigned", adminId, () -> {
                    UUID order = claimed();
                    return () -> {
                        decisions.reassign(adminActor, order, adminId);
                        return id(order);
                    };
                }),
                new Audited("order.call-logged", reviewerId, () -> {
                    UUID order = claimed();
                    return () -> id(decisions.logCall(reviewerActor, order, ContactOutcome.NO_ANSWER, "13812345678 busy")
                            .orderId());
                }),
                new Audited("order.passed", reviewerId, () -> {
                    UUID order = claimed();
                    return () -> id(decisions.pass(reviewerActor, order, version(order), null).id());
                }),
                new Audited("order.returned", reviewerId, () -> {
                    UUID order = claimed();
                    return () -> id(decisions.returnForCorrection(reviewerActor, order, version(order),
                            List.of(new Reason("principal.mobile", "电话无法接通", null)), null).id());
                }),
                new Audited("order.rejected", reviewerId, () -> {
                    UUID order = claimed();
                    return () -> id(decisions.reject(reviewerActor, order, version(order),
                            List.of(Reason.general("不符合要求")), null).id());
                }),
                new Audited("order.resubmitted", applicantId, () -> {
                    UUID order = claimed();
                    decisions.returnForCorrection(reviewerActor, order, version(order),
                            List.of(new Reason("principal.mobile", "电话无法接通", null)), null);
                    return () -> id(changeOrders.resubmit(applicantActor, order, version(order)).id());
                }),
                new Audited("order.verification-submitted", applicantId, () -> {
                    UUID order = inVerification();
                    return () -> id(changeOrders.submitVerification(applicantActor, order, version(order)).id());
                }),
                new Audited("order.verification-passed", reviewerId, () -> {
                    UUID order = inVerificationReview();
                    return () -> id(decisions.passVerification(reviewerActor, order, version(order)).id());
                }),
                new Audited("order.verification-returned", reviewerId, () -> {
                    UUID order = inVerificationReview();
                    return () -> id(decisions.returnVerification(reviewerActor, order, version(order),
                            new Reason("document:VERIFICATION_PHOTO", "照片模糊", null)).id());
                }),
                new Audited("order.submitted-to-administration", reviewerId, () -> {
                    UUID order = awaitingSubmission(false);
                    return () -> id(decisions.submitToAdministration(reviewerActor, order, version(order)).id());
                }),
                new Audited("order.sms-verified", adminId, () -> {
                    UUID order = withAdministration(true);
                    return () -> id(decisions.recordSmsVerified(authority, order, version(order)).id());
                }),
                new Audited("order.sms-failed", adminId, () -> {
                    UUID order = withAdministration(true);
                    return () -> id(decisions.recordSmsFailed(authority, order, version(order),
                            Reason.general("短信核验超时")).id());
                }),
                new Audited("order.approved", adminId, () -> {
                    UUID order = withAdministration(false);
                    return () -> id(decisions.recordApproval(authority, order, version(order), null).id());
                }),
                new Audited("order.rejected-by-administration", adminId, () -> {
                    UUID order = withAdministration(false);
                    return () -> id(decisions.recordRejection(authority, order, version(order),
                            List.of(Reason.general("材料不全")), null).id());
                }),
                new Audited("order.revised", applicantId, () -> {
                    UUID order = withAdministration(false);
                    decisions.recordRejection(authority, order, version(order), List.of(Reason.general("材料不全")), null);
                    return () -> id(changeOrders.revise(applicantActor, order, version(order)).id());
                }),
                new Audited("document.downloaded", reviewerId, () -> {
                    UUID document = uploadedDocument();
                    var session = Sessions.signIn(mvc, reviewer.username());
                    return () -> {
                        mvc.perform(get("/documents/{id}", document).session(session)).andExpect(status().isOk());
                        return id(document);
                    };
                }),
                new Audited("login.succeeded", applicantId, () -> () -> {
                    mvc.perform(formLogin("/login").user(applicant.username()).password(TestData.PASSWORD))
                            .andExpect(authenticated());
                    return id(applicantId);
                }),
                new Audited("login.failed", null, () -> () -> {
                    mvc.perform(formLogin("/login").user(applicant.username()).password("not the password"))
                            .andExpect(unauthenticated());
                    return id(applicantId);
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyAuditedActionLeavesExactlyOneRow() {
        return actions().stream().map(audited -> DynamicTest.dynamicTest(audited.kind(), () -> {
            Act act = audited.prepare().prepare();
            long mark = rows.mark();
            String entityId = act.perform();
            List<Map<String, Object>> written = rows.about(entityId, mark);
            assertThat(written).as("rows about %s after %s", entityId, audited.kind()).hasSize(1);
            Map<String, Object> row = written.get(0);
            assertThat(row.get("kind")).isEqualTo(audited.kind());
            assertThat(row.get("actor_id")).isEqualTo(audited.actor());
            if (audited.actor() != null) {
                assertThat(row.get("actor_name")).isNotNull();
            }
        }));
    }

    @Test
    void signInsRecordTheUsernameAndTheSourceAddress() throws Exception {
        long mark = rows.mark();
        mvc.perform(formLogin("/login").user(applicant.username()).password(TestData.PASSWORD)).andExpect(authenticated());
        mvc.perform(formLogin("/login").user(applicant.username()).password("wrong")).andExpect(unauthenticated());
        String nobody = "nobody-" + UUID.randomUUID();
        mvc.perform(formLogin("/login").user(nobody).password("wrong")).andExpect(unauthenticated());

        List<Map<String, Object>> mine = rows.about(applicant.id().toString(), mark);
        assertThat(mine).extracting(row -> row.get("kind")).containsExactly("login.succeeded", "login.failed");
        assertThat(mine).allSatisfy(row -> {
            assertThat(row.get("actor_name")).isEqualTo(applicant.username());
            assertThat(row.get("source_address")).isEqualTo("127.0.0.1");
        });
        assertThat(mine.get(1).get("detail")).isEqualTo("BadCredentials");
        List<Map<String, Object>> unknown = rows.about(nobody, mark);
        assertThat(unknown).singleElement().satisfies(row -> {
            assertThat(row.get("kind")).isEqualTo("login.failed");
            assertThat(row.get("actor_id")).isNull();
            assertThat(row.get("actor_name")).isEqualTo(nobody);
            assertThat(row.get("entity")).isEqualTo("account");
        });
    }

    @Test
    void actionsThatChangeNothingLeaveNoRow() throws Exception {
        UUID order = claimed();
        TestAccount other = testData.account("other-reviewer", Role.REVIEWER);
        long mark = rows.mark();
        assertThat(decisions.claim(Actor.reviewer(other.id()), order).claimed()).as("someone holds it").isFalse();
        decisions.release(Actor.reviewer(other.id()), order);
        assertThat(rows.about(id(order), mark)).isEmpty();

        UUID document = uploadedDocument();
        mvc.perform(get("/documents/{id}", document).session(Sessions.signIn(mvc, applicant.username())))
                .andExpect(status().isOk());
        assertThat(rows.about(id(document), mark)).as("owners opening their own documents are not audited").isEmpty();
    }

    @Test
    void reviewerDecisionsRecordTheReferenceAndTheReasonKeysButNotTheirWords() {
        UUID order = claimed();
        String reference = decisions.find(order).reference();
        long mark = rows.mark();
        decisions.returnForCorrection(reviewerActor, order, version(order),
                List.of(new Reason("principal.mobile", "手机 13812345678 无法接通", null), Reason.general("请重新上传")), null);
        assertThat(rows.about(id(order), mark)).singleElement().satisfies(row -> {
            assertThat(row.get("entity")).isEqualTo("change_order");
            assertThat(row.get("detail")).isEqualTo(reference + "; reasons: principal.mobile, general");
            assertThat(row.get("actor_name")).isEqualTo(reviewer.username());
        });
    }

    // --- orders in each state -------------------------------------------------------------------

    private TestFiling filing() {
        return testData.beijingFiling(applicant, "北京审计测试有限公司", TestData.uniqueDomain("audit"));
    }

    private UUID draft() {
        return draft(filing());
    }

    private UUID draft(TestFiling filing) {
        UUID order = changeOrders.start(applicantActor, filing.id(), ChangeType.SUBJECT_CHANGE, null);
        testData.attachRequiredDocuments(applicant.id(), order);
        return order;
    }

    private UUID submitted() {
        return submitted(filing());
    }

    private UUID submitted(TestFiling filing) {
        UUID order = draft(filing);
        changeOrders.submit(applicantActor, order, version(order));
        return order;
    }

    private UUID claimed() {
        return claimed(filing());
    }

    private UUID claimed(TestFiling filing) {
        UUID order = submitted(filing);
        decisions.claim(reviewerActor, order);
        return order;
    }

    private UUID inVerification() {
        return inVerification(filing());
    }

    private UUID inVerification(TestFiling filing) {
        UUID order = claimed(filing);
        decisions.pass(reviewerActor, order, version(order), null);
        testData.attachVerificationPhoto(applicant.id(), order);
        return order;
    }

    private UUID inVerificationReview() {
        return inVerificationReview(filing());
    }

    private UUID inVerificationReview(TestFiling filing) {
        UUID order = inVerification(filing);
        changeOrders.submitVerification(applicantActor, order, version(order));
        return order;
    }

    /** Tianjin requires SMS verification by the administration; Beijing does not. */
    private UUID awaitingSubmission(boolean sms) {
        TestFiling filing = sms
                ? testData.filing(applicant, "120000", "津", "120100", "120101", "天津审计测试有限公司",
                        TestData.uniqueDomain("audit-sms"))
                : filing();
        UUID order = inVerificationReview(filing);
        decisions.passVerification(reviewerActor, order, version(order));
        return order;
    }

    private UUID withAdministration(boolean sms) {
        UUID order = awaitingSubmission(sms);
        decisions.submitToAdministration(reviewerActor, order, version(order));
        return order;
    }

    private UUID uploadedDocument() {
        TestFiling filing = filing();
        UUID order = changeOrders.start(applicantActor, filing.id(), ChangeType.SUBJECT_CHANGE, null);
        UploadOutcome outcome = documents.upload(new Upload(applicant.id(), filing.id(), order.toString(),
                DocumentKind.ID_CARD_FRONT, "id-front.png", "image/png",
                new ByteArrayInputStream(TestFilesForUpload.png(640, 480))));
        return ((UploadOutcome.Stored) outcome).document().id();
    }

    private long version(UUID order) {
        return decisions.find(order).version();
    }

    private static String id(UUID id) {
        return id.toString();
    }
}
