package com.icpportal.changeorder.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.icpportal.account.Role;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.ChangeOrders;
import com.icpportal.changeorder.ChangeType;
import com.icpportal.support.PortalTest;
import com.icpportal.support.Sessions;
import com.icpportal.support.TestData;

/** "Your orders" lists every order of the account, open and finished, and nobody else's; home links to it. */
@PortalTest
class ApplicantOrdersPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    ChangeOrders changeOrders;

    @Test
    void openAndFinishedOrdersAreListedWithStateOutcomeAndDates() throws Exception {
        var applicant = testData.account("orders", Role.APPLICANT);
        Actor actor = Actor.applicant(applicant.id());
        var filing = testData.beijingFiling(applicant, "北京订单列表有限公司", TestData.uniqueDomain("orders"));
        UUID withdrawn = changeOrders.start(actor, filing.id(), ChangeType.SUBJECT_CHANGE, null);
        changeOrders.withdraw(
                actor,
                withdrawn,
                changeOrders.findForApplicant(applicant.id(), withdrawn).version(),
                null);
        UUID open = changeOrders.start(actor, filing.id(), ChangeType.SUBJECT_CHANGE, null);
        var stranger = testData.account("stranger", Role.APPLICANT);
        var strangersFiling = testData.beijingFiling(stranger, "北京别人有限公司", TestData.uniqueDomain("stranger"));
        UUID strangers = changeOrders.start(
                Actor.applicant(stranger.id()), strangersFiling.id(), ChangeType.SUBJECT_CHANGE, null);
        var session = Sessions.signIn(mvc, applicant.username());

        String home = mvc.perform(get("/filings").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(home).contains("href=\"/orders\"", "Your change orders, open and finished");

        String page = mvc.perform(get("/orders").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String openSection = section(page, "orders-open");
        String finishedSection = section(page, "orders-finished");
        assertThat(openSection)
                .contains("One open order", "href=\"/orders/" + open + "\"", "Draft", "Started")
                .doesNotContain(withdrawn.toString());
        assertThat(finishedSection)
                .contains("One finished order", "href=\"/orders/" + withdrawn + "\"", "Outcome", "Withdrawn on")
                .contains("<span lang=\"zh-CN\">北京订单列表有限公司</span>", filing.icpNumber());
        assertThat(page).doesNotContain(strangers.toString(), "北京别人有限公司");

        String chinese = mvc.perform(get("/orders").session(session).header("Accept-Language", "zh-CN"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(chinese).contains("进行中的订单（1）", "已结束的订单（1）", "撤回日期");
    }

    private static String section(String page, String id) {
        String from = page.substring(page.indexOf("id=\"" + id + "\""));
        return from.substring(0, from.indexOf("</section>"));
    }
}
