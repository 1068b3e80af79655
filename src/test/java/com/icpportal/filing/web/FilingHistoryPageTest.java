package com.icpportal.filing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.icpportal.account.Role;
import com.icpportal.filing.Filings;
import com.icpportal.support.PortalTest;
import com.icpportal.support.Sessions;
import com.icpportal.support.TestData;

/** The applicant's filing history: earlier versions and retired domains, for the owner only. */
@PortalTest
class FilingHistoryPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    Filings filings;

    @Test
    void earlierVersionsAndRetiredDomainsAreShownToTheOwnerOnly() throws Exception {
        var applicant = testData.account("history", Role.APPLICANT);
        String oldDomain = TestData.uniqueDomain("history-old");
        String newDomain = TestData.uniqueDomain("history-new");
        var filing = testData.beijingFiling(applicant, "北京历史测试有限公司", oldDomain);
        var website = filings.subject(filing.id()).websites().get(0);
        filings.applyApprovedWebsiteChange(
                website.id(), website.details().withName("新网站名称"), List.of(newDomain), "CO-HISTORY-1", Instant.now());
        var details = filings.subject(filing.id()).details();
        filings.applyApprovedSubjectChange(
                filing.id(), details.withOrganiserName("北京历史测试新有限公司"), "CO-HISTORY-2", Instant.now());
        var session = Sessions.signIn(mvc, applicant.username());

        assertThat(mvc.perform(get("/filings/subjects/{id}", filing.id()).session(session))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("href=\"/filings/subjects/" + filing.id() + "/history\"");
        String page = mvc.perform(
                        get("/filings/subjects/{id}/history", filing.id()).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Earlier versions of the subject", "<dd lang=\"zh-CN\">北京历史测试有限公司</dd>", "CO-HISTORY-2")
                .contains("Retired domains", oldDomain + ": retired on", "by change CO-HISTORY-1")
                .contains("<dd lang=\"zh-CN\">网站 " + oldDomain + "</dd>");

        var stranger = testData.account("stranger", Role.APPLICANT);
        mvc.perform(get("/filings/subjects/{id}/history", filing.id())
                        .session(Sessions.signIn(mvc, stranger.username())))
                .andExpect(status().isNotFound());
    }
}
