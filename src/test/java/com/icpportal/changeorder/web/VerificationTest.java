package com.icpportal.changeorder.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.icpportal.account.Role;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.ActorNotAllowedException;
import com.icpportal.changeorder.BackdropAddress;
import com.icpportal.changeorder.BackdropRequestView;
import com.icpportal.changeorder.BackdropRequests;
import com.icpportal.changeorder.BackdropStatus;
import com.icpportal.changeorder.ChangeOrderView;
import com.icpportal.changeorder.ChangeOrders;
import com.icpportal.changeorder.OrderState;
import com.icpportal.changeorder.Violation;
import com.icpportal.support.OrderSteps;
import com.icpportal.support.PortalTest;
import com.icpportal.support.Sessions;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;
import com.icpportal.support.TestData.TestFiling;
import com.icpportal.support.TestFilesForUpload;

/** The verification step: the photo (or the Shanghai app), photo sites, and backdrops by post. */
@PortalTest
class VerificationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    ChangeOrders changeOrders;

    @Autowired
    OrderSteps steps;

    @Autowired
    BackdropRequests backdrops;

    @Autowired
    JdbcTemplate jdbc;

    TestAccount applicant;
    Actor actor;
    Actor reviewer;
    MockHttpSession session;

    @BeforeEach
    void setUp() throws Exception {
        applicant = testData.account("verifier", Role.APPLICANT);
        actor = Actor.applicant(applicant.id());
        reviewer = Actor.reviewer(testData.account("reviewer", Role.REVIEWER).id());
        session = Sessions.signIn(mvc, applicant.username());
    }

    @Test
    void aPhotoIsUploadedCheckedForSizeAndSubmitted() throws Exception {
        UUID orderId =
                orderInVerification(testData.beijingFiling(applicant, "北京核验有限公司", TestData.uniqueDomain("photo")));

        mvc.perform(get("/orders/{id}/verification", orderId).session(session))
                .andExpect(content().string(containsString("Do not wear red or blue")))
                .andExpect(content().string(containsString("Chaoyang photo site")));

        mvc.perform(post("/orders/{id}/verification/submit", orderId)
                        .session(session)
                        .with(csrf())
                        .param("version", version(orderId)))
                .andExpect(redirectedUrl("/orders/" + orderId + "/verification?refused=VERIFICATION_PHOTO"));
        // Post/Redirect/Get: the refusal is said on a page with an address of its own
        mvc.perform(get("/orders/{id}/verification?refused=VERIFICATION_PHOTO", orderId)
                        .session(session))
                .andExpect(content().string(containsString("Upload the photo of the website principal first")));

        mvc.perform(multipart("/orders/{id}/verification/photo", orderId)
                        .file(new MockMultipartFile("file", "small.png", "image/png", TestFilesForUpload.png(300, 300)))
                        .session(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("/orders/" + orderId + "/verification?refused=VERIFICATION_PHOTO"));
        mvc.perform(get("/orders/{id}/verification?refused=VERIFICATION_PHOTO", orderId)
                        .session(session))
                .andExpect(content().string(containsString("at least 600 pixels wide and 600 pixels high")));

        mvc.perform(multipart("/orders/{id}/verification/photo", orderId)
                        .file(new MockMultipartFile(
                                "file", "principal.png", "image/png", TestFilesForUpload.png(800, 1000)))
                        .session(session)
                        .with(csrf().asHeader()))
                .andExpect(redirectedUrl("/orders/" + orderId + "/verification"));
        mvc.perform(get("/orders/{id}/verification", orderId).session(session))
                .andExpect(content().string(containsString("principal.png")));

        mvc.perform(post("/orders/{id}/verification/submit", orderId)
                        .session(session)
                        .with(csrf())
                        .param("version", version(orderId)))
                .andExpect(redirectedUrl("/orders/" + orderId));
        ChangeOrderView order = changeOrders.findForApplicant(applicant.id(), orderId);
        assertThat(order.state()).isEqualTo(OrderState.VERIFICATION_REVIEW);
        assertThat(order.dueAt())
                .isAfter(order.timeline().get(order.timeline().size() - 1).occurredAt());
    }

    @Test
    void shanghaiVerifiesInTheAppWithoutAPhoto() throws Exception {
        UUID orderId = orderInVerification(testData.filing(
                applicant, "310000", "沪", "310100", "310115", "上海核验有限公司", TestData.uniqueDomain("app")));
        mvc.perform(get("/orders/{id}/verification", orderId).session(session))
                .andExpect(content().string(containsString("Shanghai Communications Administration app")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Upload the photo"))));
        mvc.perform(post("/orders/{id}/verification/submit", orderId)
                        .session(session)
                        .with(csrf())
                        .param("version", version(orderId)))
                .andExpect(redirectedUrl("/orders/" + orderId));
        assertThat(changeOrders.findForApplicant(applicant.id(), orderId).state())
                .isEqualTo(OrderState.VERIFICATION_REVIEW);
    }

    @Test
    void aBackdropIsRequestedOnceShippedAndReceived() throws Exception {
        UUID orderId =
                orderInVerification(testData.beijingFiling(applicant, "北京幕布有限公司", TestData.uniqueDomain("backdrop")));

        mvc.perform(post("/orders/{id}/verification/backdrop", orderId)
                        .session(session)
                        .with(csrf())
                        .param("provinceCode", "440000")
                        .param("cityCode", "110100")
                        .param("street", "")
                        .param("postcode", "51800")
                        .param("recipient", "王五")
                        .param("mobile", "12345"))
                .andExpect(content().string(containsString("Choose a city in the filing province")))
                .andExpect(content().string(containsString("Enter this information")))
                .andExpect(content().string(containsString("Enter the postcode as 6 digits, like 200030")))
                .andExpect(content().string(containsString("value=\"51800\"")))
                .andExpect(content().string(containsString("value=\"王五\"")));
        mvc.perform(post("/orders/{id}/verification/backdrop", orderId)
                        .session(session)
                        .with(csrf())
                        .cookie(new jakarta.servlet.http.Cookie("portal-lang", "zh-CN"))
                        .param("provinceCode", "440000")
                        .param("cityCode", "440300")
                        .param("street", "南山区科技园路1号")
                        .param("postcode", "5180O0")
                        .param("recipient", "王五")
                        .param("mobile", "13912345678"))
                .andExpect(content().string(containsString("请输入 6 位数字的邮政编码")))
                .andExpect(content().string(containsString("value=\"5180O0\"")));
        assertThat(backdrops.latest(orderId)).isEmpty();

        mvc.perform(post("/orders/{id}/verification/backdrop", orderId)
                        .session(session)
                        .with(csrf())
                        .param("provinceCode", "440000")
                        .param("cityCode", "440300")
                        .param("districtCode", "440305")
                        .param("street", "南山区科技园路1号")
                        .param("postcode", "518057")
                        .param("recipient", "王五")
                        .param("mobile", "13912345678"))
                .andExpect(redirectedUrl("/orders/" + orderId + "/verification"));
        BackdropRequestView requested = backdrops.latest(orderId).orElseThrow();
        assertThat(requested.status()).isEqualTo(BackdropStatus.REQUESTED);
        assertThat(requested.postcode()).isEqualTo("518057");

        assertThat(backdrops.request(
                        actor,
                        orderId,
                        new BackdropAddress("440000", "440300", null, "另一个地址1号", "王五", "13912345678", "518000")))
                .extracting(Violation::messageKey)
                .containsExactly("backdrop.alreadyRequested");

        // a carrier or tracking number longer than kept is a message on the case page, not a 500
        TestAccount staff = testData.account("shipper", Role.REVIEWER);
        mvc.perform(post("/review/orders/{id}/backdrop/{requestId}/shipped", orderId, requested.id())
                        .session(Sessions.signIn(mvc, staff.username()))
                        .with(csrf())
                        .param("carrier", "顺".repeat(65))
                        .param("trackingNumber", "SF1"))
                .andExpect(redirectedUrl("/review/orders/" + orderId))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("decisionError", "review.backdrop.shipmentTooLong"));
        assertThat(backdrops.latest(orderId).orElseThrow().status()).isEqualTo(BackdropStatus.REQUESTED);

        assertThatThrownBy(() -> backdrops.markShipped(actor, requested.id(), "顺丰", "SF123"))
                .isInstanceOf(ActorNotAllowedException.class);
        BackdropRequestView shipped = backdrops.markShipped(reviewer, requested.id(), "顺丰速运", "SF1234567890");
        assertThat(shipped.status()).isEqualTo(BackdropStatus.SHIPPED);
        mvc.perform(get("/orders/{id}/verification", orderId).session(session))
                .andExpect(content().string(containsString("SF1234567890")));

        assertThat(backdrops.markReceived(actor, requested.id()).status()).isEqualTo(BackdropStatus.RECEIVED);
        assertThat(jdbc.queryForObject(
                        "select count(*) from backdrop_request where order_id = ?", Integer.class, orderId))
                .isEqualTo(1);
    }

    private UUID orderInVerification(TestFiling filing) {
        return steps.subjectChange(applicant, filing.id())
                .address("测试路1号2号楼")
                .reviewer(reviewer)
                .inState(OrderState.VERIFICATION);
    }

    private String version(UUID orderId) {
        return String.valueOf(
                changeOrders.findForApplicant(applicant.id(), orderId).version());
    }
}
