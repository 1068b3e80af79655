package com.icpportal.changeorder.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.icpportal.account.Role;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.ChangeOrderView;
import com.icpportal.changeorder.ChangeOrders;
import com.icpportal.changeorder.ChangeType;
import com.icpportal.changeorder.OrderState;
import com.icpportal.changeorder.ProviderDecisions;
import com.icpportal.changeorder.Reason;
import com.icpportal.filing.Filings;
import com.icpportal.support.OrderSteps;
import com.icpportal.support.PortalTest;
import com.icpportal.support.Sessions;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;
import com.icpportal.support.TestData.TestFiling;

/** The order pages' promises: one submission per click, no silent overwrite, reasons at their fields, ownership. */
@PortalTest
class OrderPagesTest {

    static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([0-9a-f]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    OrderSteps steps;

    @Autowired
    ChangeOrders changeOrders;

    @Autowired
    ProviderDecisions decisions;

    @Autowired
    Filings filings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    TestAccount applicant;
    Actor actor;
    Actor reviewer;
    TestFiling filing;
    MockHttpSession session;

    @BeforeEach
    void setUp() throws Exception {
        applicant = testData.account("pages", Role.APPLICANT);
        actor = Actor.applicant(applicant.id());
        reviewer = Actor.reviewer(testData.account("reviewer", Role.REVIEWER).id());
        filing = testData.beijingFiling(applicant, "北京页面测试有限公司", TestData.uniqueDomain("pages"));
        session = Sessions.signIn(mvc, applicant.username());
    }

    @Test
    void aReplayedSubmitMakesOneSubmission() throws Exception {
        UUID orderId = draftWithChangedAddress();
        String check = mvc.perform(get("/orders/{id}/check", orderId).session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String token = token(check);
        var submit = post("/orders/{id}/submit", orderId)
                .session(session)
                .with(csrf())
                .param("version", version(orderId))
                .param("token", token);

        mvc.perform(submit).andExpect(redirectedUrl("/orders/" + orderId + "/confirmation"));
        var replay = mvc.perform(post("/orders/{id}/submit", orderId)
                        .session(session)
                        .with(csrf())
                        .param("version", "1")
                        .param("token", token))
                .andExpect(redirectedUrl("/orders/" + orderId))
                .andReturn();

        assertThat(jdbc.queryForObject("""
                select count(*) from change_order_transition where order_id = ? and action = 'SUBMIT'""", Integer.class, orderId)).isEqualTo(1);
        assertThat(replay.getFlashMap().get("notice")).isEqualTo("order.submitOnce");
        mvc.perform(get("/orders/{id}", orderId)
                        .flashAttrs(replay.getFlashMap())
                        .session(Sessions.signIn(mvc, applicant.username())))
                .andExpect(content().string(containsString("it was not submitted twice")));
    }

    @Test
    void aStaleFormGetsTheChangedBySomeoneElsePageAndLosesNothing() throws Exception {
        UUID orderId = draftWithChangedAddress();
        mvc.perform(post("/orders/{id}/subject", orderId)
                        .session(session)
                        .with(csrf())
                        .param("organiserName", "别的名称")
                        .param("cityCode", "110100")
                        .param("districtCode", "110105")
                        .param("address", "过期表单地址")
                        .param("investor", "张三")
                        .param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("changed by someone else")));
        assertThat(jdbc.queryForObject("select address from change_order where id = ?", String.class, orderId))
                .isEqualTo("北京市朝阳区新地址路8号");
    }

    @Test
    void aReturnedOrderShowsEachReasonAtItsFieldAndCanBeResubmitted() throws Exception {
        UUID orderId = draftWithChangedAddress();
        steps.order(applicant, orderId).reviewer(reviewer).claimed();
        decisions.returnForCorrection(
                reviewer,
                orderId,
                steps.version(orderId),
                List.of(
                        new Reason("principal.mobile", "电话连续两次无人接听", "请提供工作时间能接通的号码"),
                        new Reason("subject.address", "地址未详细到门牌号", null)),
                null);

        mvc.perform(get("/orders/{id}", orderId).session(session))
                .andExpect(content().string(containsString("Returned for correction")))
                .andExpect(content().string(containsString("The reviewer asks you to correct these")))
                .andExpect(content().string(containsString("电话连续两次无人接听")))
                .andExpect(content().string(containsString("Needs correcting")));
        String principalPage = mvc.perform(
                        get("/orders/{id}/principal", orderId).session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(principalPage)
                .contains("id=\"mobile-reason\"", "请提供工作时间能接通的号码")
                .doesNotContain("地址未详细到门牌号");
        assertThat(principalPage.indexOf("id=\"mobile-reason\""))
                .isLessThan(principalPage.indexOf("id=\"mobile\""))
                .isGreaterThan(principalPage.indexOf("for=\"mobile\""));
        mvc.perform(get("/orders/{id}/subject", orderId).session(session))
                .andExpect(content().string(containsString("id=\"address-reason\"")))
                .andExpect(content().string(containsString("地址未详细到门牌号")));

        saveSubject(orderId, "北京市朝阳区新地址路8号1单元101室");
        String check = mvc.perform(get("/orders/{id}/check", orderId).session(session))
                .andExpect(content().string(containsString("Submit the corrected change")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        // the address changed, the mobile did not: check answers says which, and asks why
        assertThat(check)
                .contains("What you were asked to correct", "Changed since the return", "Not changed since the return")
                .contains("One item you were asked to correct has not changed since the return");
        String refused = mvc.perform(post("/orders/{id}/submit", orderId)
                        .session(session)
                        .with(csrf())
                        .param("version", version(orderId))
                        .param("token", token(check)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused)
                .contains("href=\"#confirmUnchanged\"", "Confirm that you are sending back an item")
                .contains("href=\"#unchangedExplanation\"", "Enter why the item you were asked to correct is right")
                .contains("aria-describedby=\"unchangedExplanation-error\"");
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.RETURNED);
        mvc.perform(post("/orders/{id}/submit", orderId)
                        .session(session)
                        .with(csrf())
                        .param("version", version(orderId))
                        .param("token", token(refused))
                        .param("confirmUnchanged", "true")
                        .param("unchangedExplanation", "该号码工作时间有人接听，审核当天恰逢外出"))
                .andExpect(redirectedUrl("/orders/" + orderId + "/confirmation"));
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.PROVIDER_REVIEW);
        // whose turn and by when, with the weekday, in China's time
        assertThat(mvc.perform(get("/orders/{id}", orderId).session(session))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Whose turn", "they review your change by ", "(China time, one working day)")
                .containsPattern("by (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), ");
        assertThat(jdbc.queryForObject(
                        "select note from change_order_transition where order_id = ? and action = 'RESUBMIT'",
                        String.class,
                        orderId))
                .isEqualTo("该号码工作时间有人接听，审核当天恰逢外出");
    }

    @Test
    void aReturnedDocumentNeedsCorrectingOnTheDocumentsPageAndTaskListUntilReplaced() throws Exception {
        UUID orderId = draftWithChangedAddress();
        ChangeOrderView submitted = changeOrders.submit(actor, orderId, Long.parseLong(version(orderId)));
        decisions.claim(reviewer, orderId);
        decisions.returnForCorrection(
                reviewer,
                orderId,
                submitted.version(),
                List.of(new Reason("document:AUTHENTICITY_COMMITMENT", "承诺书未签字", "请签字后重新上传")),
                null);

        String documentsPage = mvc.perform(
                        get("/orders/{id}/documents", orderId).session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String card = documentsPage.substring(documentsPage.indexOf("id=\"document-AUTHENTICITY_COMMITMENT\""));
        card = card.substring(0, card.indexOf("</section>"));
        assertThat(card)
                .contains("承诺书未签字", "请签字后重新上传", "Needs correcting", "this one was returned")
                .contains("aria-describedby=\"file-AUTHENTICITY_COMMITMENT-reason\"")
                .doesNotContain(">Uploaded<");
        String orderPage = mvc.perform(get("/orders/{id}", orderId).session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(orderPage)
                .contains("/orders/" + orderId + "/documents#document-AUTHENTICITY_COMMITMENT")
                .contains("Corrections outstanding", "Yours: correct what the reviewer asked")
                .doesNotContain(">Ready<");
        assertThat(taskTag(orderPage, "/documents\"")).isEqualTo("Needs correcting");

        testData.attachRequiredDocuments(applicant.id(), orderId);

        documentsPage = mvc.perform(get("/orders/{id}/documents", orderId).session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        card = documentsPage.substring(documentsPage.indexOf("id=\"document-AUTHENTICITY_COMMITMENT\""));
        card = card.substring(0, card.indexOf("</section>"));
        assertThat(card).contains("承诺书未签字", "Replaced since the return", "A new document has been attached");
        orderPage = mvc.perform(get("/orders/{id}", orderId).session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(taskTag(orderPage, "/documents\"")).isEqualTo("Completed");
        assertThat(orderPage).contains(">Ready<").doesNotContain("Corrections outstanding");
        String check = mvc.perform(get("/orders/{id}/check", orderId).session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(check).contains("承诺书未签字", "Changed since the return").doesNotContain("id=\"unchanged\"");
    }

    /** The status tag of the task-list row whose link ends with this text. */
    private static String taskTag(String page, String hrefEnd) {
        String row = page.substring(page.indexOf(hrefEnd));
        Matcher tag =
                Pattern.compile("<strong class=\"tag[^\"]*\">([^<]+)</strong>").matcher(row);
        assertThat(tag.find()).isTrue();
        return tag.group(1);
    }

    @Test
    void withdrawingIsAllowedWhenReturnedAndRefusedWithTheReasonWhileTheAdministrationHoldsIt() throws Exception {
        UUID returned = draftWithChangedAddress();
        steps.order(applicant, returned).reviewer(reviewer).claimed();
        ChangeOrderView order = decisions.returnForCorrection(
                reviewer, returned, steps.version(returned), List.of(Reason.general("材料不全")), null);
        mvc.perform(get("/orders/{id}/withdraw", returned).session(session))
                .andExpect(content().string(containsString("Withdraw the change")));
        mvc.perform(post("/orders/{id}/withdraw", returned)
                        .session(session)
                        .with(csrf())
                        .param("version", String.valueOf(order.version())))
                .andExpect(redirectedUrl("/orders/" + returned));
        assertThat(decisions.find(returned).state()).isEqualTo(OrderState.WITHDRAWN);

        UUID held = draftWithChangedAddress();
        steps.order(applicant, held).reviewer(reviewer).inState(OrderState.AUTHORITY_REVIEW);
        order = decisions.find(held);
        assertThat(order.state()).isEqualTo(OrderState.AUTHORITY_REVIEW);

        mvc.perform(get("/orders/{id}", held).session(session))
                .andExpect(content()
                        .string(containsString("cannot be withdrawn while the communications administration holds it")))
                .andExpect(content().string(not(containsString("Withdraw this change"))));
        mvc.perform(post("/orders/{id}/withdraw", held)
                        .session(session)
                        .with(csrf())
                        .param("version", String.valueOf(order.version())))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("it is With the communications administration")));
        assertThat(decisions.find(held).state()).isEqualTo(OrderState.AUTHORITY_REVIEW);
    }

    @Test
    void everyOrderUrlIsNotFoundForAnotherApplicant() throws Exception {
        UUID orderId = changeOrders.start(
                actor,
                filing.id(),
                ChangeType.WEBSITE_CHANGE,
                filings.subject(filing.id()).websites().get(0).id());
        TestAccount stranger = testData.account("stranger", Role.APPLICANT);
        MockHttpSession strangers = Sessions.signIn(mvc, stranger.username());

        int checked = 0;
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            for (String pattern : entry.getKey().getPatternValues()) {
                if (!pattern.startsWith("/orders/{orderId}")) {
                    continue;
                }
                Set<RequestMethod> methods =
                        entry.getKey().getMethodsCondition().getMethods();
                String url = pattern.replace("{orderId}", orderId.toString()).replace("{kind}", "ID_CARD_FRONT");
                if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                    mvc.perform(get(url).session(strangers)).andExpect(status().isNotFound());
                    checked++;
                }
                if (methods.contains(RequestMethod.POST)) {
                    mvc.perform(post(url)
                                    .session(strangers)
                                    .with(csrf())
                                    .param("version", "0")
                                    .param("token", "x")
                                    .param("name", "x")
                                    .param("documentId", UUID.randomUUID().toString())
                                    .param("legalRepresentative", "false"))
                            .andExpect(status().isNotFound());
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(19);
        assertThat(changeOrders.findForApplicant(applicant.id(), orderId).version())
                .isZero();
    }

    @Test
    void aCraftedStartForAnotherApplicantsSubjectIsRefused() throws Exception {
        TestAccount stranger = testData.account("stranger", Role.APPLICANT);
        mvc.perform(post("/orders")
                        .session(Sessions.signIn(mvc, stranger.username()))
                        .with(csrf())
                        .param("subject", filing.id().toString())
                        .param("type", "SUBJECT_CHANGE"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject(
                        "select count(*) from change_order where subject_id = ?", Integer.class, filing.id()))
                .isZero();
    }

    @Test
    void aCraftedPostMovingTheSubjectToAnotherProvinceIsRefused() throws Exception {
        UUID orderId = draftWithChangedAddress();
        mvc.perform(post("/orders/{id}/subject", orderId)
                        .session(session)
                        .with(csrf())
                        .param("organiserName", "北京页面草稿有限公司")
                        .param("cityCode", "310100")
                        .param("districtCode", "310115")
                        .param("address", "上海市浦东新区某路1号")
                        .param("investor", "张三")
                        .param("subjectType", "INDIVIDUAL")
                        .param("version", version(orderId)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("A filing cannot move to another province")));
        assertThat(jdbc.queryForMap("select city_code, subject_type, address from change_order where id = ?", orderId))
                .containsEntry("city_code", "110100")
                .containsEntry("subject_type", "ENTERPRISE")
                .containsEntry("address", "北京市朝阳区新地址路8号");
    }

    @Test
    void aSubjectFormWithoutACityAsksForTheCityInsteadOfRefusingAMove() throws Exception {
        UUID orderId = draftWithChangedAddress();
        for (String city : new String[] {"", "abc"}) {
            mvc.perform(post("/orders/{id}/subject", orderId)
                            .session(session)
                            .with(csrf())
                            .param("organiserName", "北京页面草稿有限公司")
                            .param("cityCode", city)
                            .param("districtCode", "")
                            .param("address", "北京市朝阳区别的路1号")
                            .param("investor", "张三")
                            .param("version", version(orderId)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Choose a city in the filing province")))
                    .andExpect(content().string(not(containsString("cannot move to another province"))));
        }
        assertThat(jdbc.queryForObject("select address from change_order where id = ?", String.class, orderId))
                .isEqualTo("北京市朝阳区新地址路8号");
    }

    @Test
    void aPrincipalFormWithoutValidityDatesShowsTheErrorsAtTheDateFields() throws Exception {
        UUID orderId = draftWithChangedAddress();
        String page = mvc.perform(post("/orders/{id}/principal", orderId)
                        .session(session)
                        .with(csrf())
                        .param("name", "")
                        .param("certificateType", "")
                        .param("certificateNumber", "")
                        .param("validFrom", "")
                        .param("validTo", "")
                        .param("mobile", "")
                        .param("version", version(orderId)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Error:", "href=\"#validFrom\"", "href=\"#validTo\"", "id=\"validFrom-error\"");

        // a date that does not exist is a message at its field, not a server error
        mvc.perform(post("/orders/{id}/principal", orderId)
                        .session(session)
                        .with(csrf())
                        .param("name", "abc")
                        .param("certificateType", "abc")
                        .param("certificateNumber", "abc")
                        .param("validFrom", "2026-99-99")
                        .param("validTo", "abc")
                        .param("mobile", "abc")
                        .param("version", version(orderId)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"validFrom-error\"")));
    }

    // --- helpers ---------------------------------------------------------------------------------

    private UUID draftWithChangedAddress() throws Exception {
        TestFiling own = testData.beijingFiling(applicant, "北京页面草稿有限公司", TestData.uniqueDomain("draft"));
        UUID orderId = changeOrders.start(actor, own.id(), ChangeType.SUBJECT_CHANGE, null);
        saveSubject(orderId, "北京市朝阳区新地址路8号");
        testData.attachRequiredDocuments(applicant.id(), orderId);
        return orderId;
    }

    private void saveSubject(UUID orderId, String address) throws Exception {
        mvc.perform(post("/orders/{id}/subject", orderId)
                        .session(session)
                        .with(csrf())
                        .param("organiserName", "北京页面草稿有限公司")
                        .param("cityCode", "110100")
                        .param("districtCode", "110105")
                        .param("address", address)
                        .param("investor", "张三")
                        .param("version", version(orderId)))
                .andExpect(redirectedUrl("/orders/" + orderId));
    }

    private String version(UUID orderId) {
        return String.valueOf(
                changeOrders.findForApplicant(applicant.id(), orderId).version());
    }

    private static String token(String html) {
        Matcher matcher = TOKEN.matcher(html);
        assertThat(matcher.find()).as("a submit token on the check page").isTrue();
        return matcher.group(1);
    }
}
