package com.icpportal.changeorder.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.icpportal.account.Role;
import com.icpportal.support.PortalTest;
import com.icpportal.support.Sessions;
import com.icpportal.support.TestData;

/** A change the province forbids links to the cancel-and-refile page, which says where and whom to ask. */
@PortalTest
class RefilePageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Test
    void aForbiddenChangeLinksToThePageWithTheFilingServiceAndItsContact() throws Exception {
        var applicant = testData.account("refile", Role.APPLICANT);
        var filing = testData.filing(
                applicant, "610000", "陕", "610100", "610102", "西安重新备案有限公司", TestData.uniqueDomain("refile"));
        var session = Sessions.signIn(mvc, applicant.username());

        String home = mvc.perform(get("/filings").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String subjectCard = home.substring(home.indexOf("id=\"subject-" + filing.id() + "\""));
        assertThat(subjectCard.substring(0, subjectCard.indexOf("</section>")))
                .contains("Cancel the filing and file anew instead.")
                .contains("href=\"/filings/refile\">How to cancel the filing and file anew</a>");
        String start = mvc.perform(get("/orders/start")
                        .param("subject", filing.id().toString())
                        .param("type", "SUBJECT_CHANGE")
                        .session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(start).contains("href=\"/filings/refile\"");

        String page = mvc.perform(get("/filings/refile").session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("What cancelling means", "What a new filing needs", "Where it is done")
                .contains("href=\"https://beian.example.com/\"", "href=\"tel:400-000-0000\"", "beian@example.com");
        assertThat(mvc.perform(get("/filings/refile").session(session).header("Accept-Language", "zh-CN"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("注销意味着什么", "在哪里办理");
    }
}
