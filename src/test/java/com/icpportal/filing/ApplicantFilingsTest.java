package com.icpportal.filing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.icpportal.account.Role;
import com.icpportal.support.PortalTest;
import com.icpportal.support.Sessions;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;
import com.icpportal.support.TestData.TestFiling;

@PortalTest
class ApplicantFilingsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    TestAccount owner;
    TestAccount stranger;
    TestFiling ownFiling;
    TestFiling strangersFiling;
    String ownDomain;

    @BeforeEach
    void filings() {
        owner = testData.account("owner", Role.APPLICANT);
        stranger = testData.account("stranger", Role.APPLICANT);
        ownDomain = TestData.uniqueDomain("own");
        ownFiling = testData.beijingFiling(owner, "北京自有科技有限公司", ownDomain, TestData.uniqueDomain("second"));
        strangersFiling = testData.beijingFiling(stranger, "北京他人科技有限公司", TestData.uniqueDomain("other"));
    }

    @Test
    void homeListsTheApplicantsOwnFilingsAndWebsites() throws Exception {
        MockHttpSession session = Sessions.signIn(mvc, owner.username());
        mvc.perform(get("/filings").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(ownFiling.icpNumber())))
                .andExpect(content().string(containsString(ownFiling.icpNumber() + "-1")))
                .andExpect(content().string(containsString(ownFiling.icpNumber() + "-2")))
                .andExpect(content().string(containsString(ownDomain)))
                .andExpect(content().string(containsString("北京自有科技有限公司")))
                .andExpect(content().string(containsString("Enterprise")))
                .andExpect(content().string(containsString("Beijing")))
                .andExpect(content().string(not(containsString(strangersFiling.icpNumber()))))
                .andExpect(content().string(not(containsString("北京他人科技有限公司"))));
    }

    @Test
    void theApplicantOpensTheirOwnSubject() throws Exception {
        MockHttpSession session = Sessions.signIn(mvc, owner.username());
        mvc.perform(get("/filings/subjects/{id}", ownFiling.id()).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("测试路1号")))
                .andExpect(content().string(containsString("Chaoyang")))
                .andExpect(content().string(containsString("Unit portal")))
                .andExpect(content().string(containsString("None of these")));
    }

    @Test
    void anotherApplicantsSubjectIsNotFound() throws Exception {
        MockHttpSession session = Sessions.signIn(mvc, owner.username());
        mvc.perform(get("/filings/subjects/{id}", strangersFiling.id()).session(session))
                .andExpect(status().isNotFound());
        mvc.perform(get("/filings/subjects/{id}", java.util.UUID.randomUUID()).session(session))
                .andExpect(status().isNotFound());
    }

    @Test
    void homeSpeaksChineseWhenTheBrowserAsksForIt() throws Exception {
        MockHttpSession session = Sessions.signIn(mvc, owner.username());
        mvc.perform(get("/filings").session(session).header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("我的ICP备案")))
                .andExpect(content().string(containsString("北京市")))
                .andExpect(content().string(containsString("企业")))
                .andExpect(content().string(containsString("lang=\"zh-CN\"")));
    }
}
