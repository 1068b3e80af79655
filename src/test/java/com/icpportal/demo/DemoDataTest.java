package com.icpportal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.icpportal.support.PortalTest;
import com.icpportal.values.IcpNumber;
import com.icpportal.values.ResidentIdNumber;
import com.icpportal.values.SocialCreditCode;

/**
 * The demo data, loaded on demand into the shared test database. Tests do not get it unless they
 * ask, so the login page of an ordinary test context lists no demo accounts.
 */
@PortalTest
class DemoDataTest {

    @Autowired
    DemoDataLoader loader;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void loadingTwiceCreatesEverythingOnce() {
        loader.load();
        int accounts = count(
                "select count(*) from account where username like 'applicant.%' or username like 'reviewer.%' or username = 'admin'");
        int subjects = count("select count(*) from filing_subject");
        loader.load();
        assertThat(
                        count(
                                "select count(*) from account where username like 'applicant.%' or username like 'reviewer.%' or username = 'admin'"))
                .isEqualTo(accounts)
                .isEqualTo(7);
        assertThat(count("select count(*) from filing_subject")).isEqualTo(subjects);
        assertThat(count("select count(*) from domain_registration where source = 'demo data'"))
                .isEqualTo(4);
        assertThat(jdbc.queryForObject(
                        "select registrant from domain_registration where domain = 'example-tech.cn'", String.class))
                .isEqualTo("北京示例科技有限公司");
        assertThat(jdbc.queryForList("""
                select s.province_code from filing_subject s join account a on a.id = s.owner_id
                 where a.username like 'applicant.%' order by s.province_code""", String.class)).containsExactly("110000", "120000", "310000", "610000");
        assertThat(count("""
                select count(*) from filing_website w join filing_subject s on s.id = w.subject_id
                  join account a on a.id = s.owner_id where a.username = 'applicant.beijing'""")).isEqualTo(2);
    }

    @Test
    void everyDemoIdentifierIsValid() {
        DemoCatalogue.FILINGS.forEach(filing -> {
            assertThat(IcpNumber.isValid(filing.icpNumber())).isTrue();
            if (filing.subject().certificateType().name().equals("USCC")) {
                SocialCreditCode.parse(filing.subject().certificateNumber());
            }
            ResidentIdNumber.parse(filing.subject().principal().certificateNumber());
            filing.websites()
                    .forEach(website ->
                            ResidentIdNumber.parse(website.details().principal().certificateNumber()));
        });
    }

    @Test
    void theLoginPageListsDemoAccountsOnlyWhileDemoDataIsOn() throws Exception {
        mvc.perform(get("/login")).andExpect(content().string(not(containsString("applicant.beijing"))));
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
