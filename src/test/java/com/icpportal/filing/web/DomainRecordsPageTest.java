package com.icpportal.filing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.IDN;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import com.icpportal.account.Role;
import com.icpportal.filing.DomainRecordEvents;
import com.icpportal.support.PortalTest;
import com.icpportal.support.Sessions;
import com.icpportal.support.TestData;

/** Domain registration records at /review/domains: search in either form, add and edit with the value types. */
@PortalTest
@RecordApplicationEvents
class DomainRecordsPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    MockHttpSession reviewer;
    String unicodeDomain;
    String asciiDomain;

    @BeforeEach
    void signIn() throws Exception {
        reviewer = Sessions.signIn(
                mvc, testData.account("domains-reviewer", Role.REVIEWER).username());
        String label = TestData.uniqueDomain("示例").replace(".cn", "");
        unicodeDomain = label + ".中国";
        asciiDomain = IDN.toASCII(unicodeDomain);
    }

    @Test
    void aReviewerAddsARecordForAnIdnAndFindsItInEitherForm() throws Exception {
        mvc.perform(post("/review/domains/new")
                        .session(reviewer)
                        .with(csrf())
                        .param("domain", unicodeDomain)
                        .param("registrant", "北京示例科技有限公司")
                        .param("realNameVerified", "true")
                        .param("expiresOn", "2028-03-31")
                        .param("source", "WHOIS"))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForMap(
                        "select registrant, real_name_verified, expires_on::text as expires, source, version "
                                + "from domain_registration where domain = ?",
                        asciiDomain))
                .containsEntry("registrant", "北京示例科技有限公司")
                .containsEntry("real_name_verified", true)
                .containsEntry("expires", "2028-03-31")
                .containsEntry("version", 0L);
        assertThat(events.stream(DomainRecordEvents.DomainRecordAdded.class))
                .singleElement()
                .satisfies(event -> assertThat(event.auditEntityId()).isEqualTo(asciiDomain));

        mvc.perform(get("/review/domains").param("q", unicodeDomain).session(reviewer))
                .andExpect(content().string(containsString(unicodeDomain)))
                .andExpect(content().string(containsString(asciiDomain)));
        mvc.perform(get("/review/domains")
                        .param("q", asciiDomain.substring(0, 12).toUpperCase())
                        .session(reviewer))
                .andExpect(content().string(containsString(unicodeDomain)));
        mvc.perform(get("/review/domains").param("q", "no-such-domain-anywhere").session(reviewer))
                .andExpect(content().string(containsString("No records found")));

        mvc.perform(post("/review/domains/new")
                        .session(reviewer)
                        .with(csrf())
                        .param("domain", asciiDomain)
                        .param("registrant", "x")
                        .param("realNameVerified", "false")
                        .param("expiresOn", "2028-03-31")
                        .param("source", "WHOIS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(unicodeDomain + " already has a record")));
    }

    @Test
    void wrongValuesAreShownAtTheirFieldsWithWhatWasTyped() throws Exception {
        mvc.perform(post("/review/domains/new")
                        .session(reviewer)
                        .with(csrf())
                        .param("domain", "http://example.cn/")
                        .param("registrant", " ")
                        .param("expiresOn", "31/03/2028")
                        .param("source", "WHOIS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Add a domain registration record</title>")))
                .andExpect(content().string(containsString("without http://")))
                .andExpect(content().string(containsString("Enter the registrant")))
                .andExpect(content().string(containsString("Choose whether the registrant")))
                .andExpect(content().string(containsString("&quot;31/03/2028&quot; is not a date")))
                .andExpect(content().string(containsString("value=\"http://example.cn/\"")))
                .andExpect(content().string(containsString("href=\"#expiresOn\"")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from domain_registration where domain like 'http%'", Integer.class))
                .isZero();
    }

    @Test
    void editingUsesTheVersionTheEditorSaw() throws Exception {
        mvc.perform(post("/review/domains/new")
                .session(reviewer)
                .with(csrf())
                .param("domain", unicodeDomain)
                .param("registrant", "旧名称有限公司")
                .param("realNameVerified", "false")
                .param("expiresOn", "2027-01-31")
                .param("source", "WHOIS"));
        mvc.perform(get("/review/domains/edit").param("domain", asciiDomain).session(reviewer))
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")))
                .andExpect(content().string(containsString("旧名称有限公司")));

        mvc.perform(post("/review/domains/edit")
                        .param("domain", asciiDomain)
                        .session(reviewer)
                        .with(csrf())
                        .param("version", "0")
                        .param("registrant", "新名称有限公司")
                        .param("realNameVerified", "true")
                        .param("expiresOn", "2029-01-31")
                        .param("source", "WHOIS"))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForMap(
                        "select registrant, real_name_verified, version from domain_registration where domain = ?",
                        asciiDomain))
                .containsEntry("registrant", "新名称有限公司")
                .containsEntry("real_name_verified", true)
                .containsEntry("version", 1L);
        assertThat(events.stream(DomainRecordEvents.DomainRecordChanged.class))
                .singleElement()
                .satisfies(event ->
                        assertThat(event.auditDetail()).isEqualTo("registrant, real_name_verified, expires_on"));

        // a second editor who opened version 0 is told the record changed, and nothing is overwritten
        mvc.perform(post("/review/domains/edit")
                        .param("domain", asciiDomain)
                        .session(reviewer)
                        .with(csrf())
                        .param("version", "0")
                        .param("registrant", "别的名称")
                        .param("realNameVerified", "true")
                        .param("expiresOn", "2029-01-31")
                        .param("source", "WHOIS"))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject(
                        "select registrant from domain_registration where domain = ?", String.class, asciiDomain))
                .isEqualTo("新名称有限公司");

        mvc.perform(post("/review/domains/edit")
                        .param("domain", asciiDomain)
                        .session(reviewer)
                        .with(csrf())
                        .param("version", "1")
                        .param("registrant", "新名称有限公司")
                        .param("realNameVerified", "true")
                        .param("expiresOn", "soon")
                        .param("source", "WHOIS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&quot;soon&quot; is not a date")))
                .andExpect(content().string(not(containsString("name=\"domain\""))));
    }

    @Test
    void applicantsCannotOpenTheDomainRecordsButAdminsCan() throws Exception {
        MockHttpSession applicant = Sessions.signIn(
                mvc, testData.account("domains-applicant", Role.APPLICANT).username());
        mvc.perform(get("/review/domains").session(applicant)).andExpect(status().isForbidden());
        mvc.perform(post("/review/domains/new").session(applicant).with(csrf()).param("domain", "x.cn"))
                .andExpect(status().isForbidden());
        MockHttpSession admin = Sessions.signIn(
                mvc, testData.account("domains-admin", Role.ADMIN).username());
        mvc.perform(get("/review/domains").session(admin)).andExpect(status().isOk());
        mvc.perform(get("/review/domains/edit")
                        .param("domain", "nothing-here.cn")
                        .session(admin))
                .andExpect(status().isNotFound());
    }
}
