package com.icpportal.filing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import com.icpportal.account.Role;
import com.icpportal.filing.FilingAdminEvents;
import com.icpportal.support.PortalTest;
import com.icpportal.support.Sessions;
import com.icpportal.support.TestClock;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;
import com.icpportal.support.TestData.TestFiling;

/** The filings admin pages: search, give to an applicant, an order in process elsewhere, cancel. */
@PortalTest
@RecordApplicationEvents
class FilingAdminPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    ApplicationEvents events;

    MockHttpSession admin;
    TestAccount owner;
    TestFiling filing;
    String domain;
    String organiser;

    @BeforeEach
    void data() throws Exception {
        admin = Sessions.signIn(
                mvc, testData.account("filings-admin", Role.ADMIN).username());
        owner = testData.account("filings-owner", Role.APPLICANT);
        domain = TestData.uniqueDomain("admin-search");
        organiser = "北京检索" + domain.hashCode() + "科技有限公司";
        filing = testData.beijingFiling(owner, organiser, domain);
        clock.setTo(OffsetDateTime.of(2026, 11, 27, 10, 0, 0, 0, ZoneOffset.ofHours(8))
                .toInstant());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void adminsFindAFilingByNumberOrganiserOrDomain() throws Exception {
        for (String query : new String[] {filing.icpNumber(), organiser.substring(0, 8), domain.toUpperCase()}) {
            mvc.perform(get("/admin/filings").param("q", query).session(admin))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(filing.icpNumber())))
                    .andExpect(content().string(containsString("/admin/filings/" + filing.id())));
        }
        mvc.perform(get("/admin/filings")
                        .param("q", "nothing-like-this-" + domain)
                        .session(admin))
                .andExpect(content().string(containsString("No filings found")));
        mvc.perform(get("/admin/filings/" + filing.id()).session(admin))
                .andExpect(content().string(containsString(owner.username())))
                .andExpect(content().string(containsString(domain)));
    }

    @Test
    void aFilingIsGivenToAnApplicantAccountOnly() throws Exception {
        TestAccount newOwner = testData.account("filings-new-owner", Role.APPLICANT);
        TestAccount reviewer = testData.account("filings-reviewer", Role.REVIEWER);
        mvc.perform(post("/admin/filings/" + filing.id() + "/owner")
                        .session(admin)
                        .with(csrf())
                        .param("version", "0")
                        .param("username", reviewer.username()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is not an applicant account")))
                .andExpect(content().string(containsString("value=\"" + reviewer.username() + "\"")));
        mvc.perform(post("/admin/filings/" + filing.id() + "/owner")
                        .session(admin)
                        .with(csrf())
                        .param("version", "0")
                        .param("username", "nobody-at-all"))
                .andExpect(content()
                        .string(containsString("There is no account with the username &quot;nobody-at-all&quot;")));

        mvc.perform(post("/admin/filings/" + filing.id() + "/owner")
                        .session(admin)
                        .with(csrf())
                        .param("version", "0")
                        .param("username", newOwner.username()))
                .andExpect(redirectedUrl("/admin/filings/" + filing.id()));
        assertThat(jdbc.queryForObject(
                        "select owner_id from filing_subject where id = ?", java.util.UUID.class, filing.id()))
                .isEqualTo(newOwner.id());
        assertThat(events.stream(FilingAdminEvents.FilingAssigned.class)).hasSize(1);

        MockHttpSession newOwnerSession = Sessions.signIn(mvc, newOwner.username());
        mvc.perform(get("/filings").session(newOwnerSession))
                .andExpect(content().string(containsString(filing.icpNumber())));
        mvc.perform(get("/filings").session(Sessions.signIn(mvc, owner.username())))
                .andExpect(content().string(not(containsString(filing.icpNumber()))));

        // a form opened before that change is refused, not applied
        mvc.perform(post("/admin/filings/" + filing.id() + "/owner")
                        .session(admin)
                        .with(csrf())
                        .param("version", "0")
                        .param("username", owner.username()))
                .andExpect(status().isConflict());
    }

    @Test
    void anOrderInProcessElsewhereBlocksAChangeWithThatReasonUntilCleared() throws Exception {
        MockHttpSession applicant = Sessions.signIn(mvc, owner.username());
        String start = "/orders/start?subject=" + filing.id() + "&type=SUBJECT_CHANGE";
        mvc.perform(get(start).session(applicant))
                .andExpect(content().string(not(containsString("Another order is in process"))));

        mvc.perform(post("/admin/filings/" + filing.id() + "/other-order")
                        .session(admin)
                        .with(csrf())
                        .param("version", "0")
                        .param("type", "")
                        .param("reference", " ")
                        .param("since", "2026-12-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose the type of order")))
                .andExpect(content().string(containsString("Enter the reference of the order")))
                .andExpect(content().string(containsString("The date cannot be in the future")))
                .andExpect(content().string(containsString("value=\"2026-12-01\"")));

        mvc.perform(post("/admin/filings/" + filing.id() + "/other-order")
                        .session(admin)
                        .with(csrf())
                        .param("version", "0")
                        .param("type", "NEW_WEBSITE")
                        .param("reference", "WO-2026-00123")
                        .param("since", "2026-11-20"))
                .andExpect(redirectedUrl("/admin/filings/" + filing.id()));
        assertThat(jdbc.queryForMap(
                        "select other_order_type, other_order_reference from filing_subject where id = ?", filing.id()))
                .containsEntry("other_order_type", "NEW_WEBSITE")
                .containsEntry("other_order_reference", "WO-2026-00123");
        assertThat(events.stream(FilingAdminEvents.OtherOrderRecorded.class)).hasSize(1);
        mvc.perform(get("/admin/filings/" + filing.id()).session(admin))
                .andExpect(content().string(containsString("New website, reference WO-2026-00123, since 2026-11-20")));

        String reason =
                "Another order is in process for this filing (New website, reference WO-2026-00123, since 2026-11-20)";
        mvc.perform(get("/filings").session(applicant)).andExpect(content().string(containsString(reason)));
        mvc.perform(get(start).session(applicant)).andExpect(content().string(containsString(reason)));
        mvc.perform(post("/orders")
                        .session(applicant)
                        .with(csrf())
                        .param("subject", filing.id().toString())
                        .param("type", "SUBJECT_CHANGE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(reason)));
        assertThat(jdbc.queryForObject(
                        "select count(*) from change_order where subject_id = ?", Integer.class, filing.id()))
                .isZero();

        mvc.perform(post("/admin/filings/" + filing.id() + "/other-order/clear")
                        .session(admin)
                        .with(csrf())
                        .param("version", "1"))
                .andExpect(redirectedUrl("/admin/filings/" + filing.id()));
        assertThat(events.stream(FilingAdminEvents.OtherOrderCleared.class)).hasSize(1);
        mvc.perform(get("/filings").session(applicant))
                .andExpect(content().string(not(containsString("Another order is in process"))));
        mvc.perform(post("/orders")
                        .session(applicant)
                        .with(csrf())
                        .param("subject", filing.id().toString())
                        .param("type", "SUBJECT_CHANGE"))
                .andExpect(status().isFound());
    }

    @Test
    void cancellingAFilingAsksFirstAndRecordsTheDate() throws Exception {
        mvc.perform(get("/admin/filings/" + filing.id() + "/cancel").session(admin))
                .andExpect(content().string(containsString("Cancel filing " + filing.icpNumber() + "?")))
                .andExpect(content().string(containsString("value=\"2026-11-27\"")));
        mvc.perform(post("/admin/filings/" + filing.id() + "/cancel")
                        .session(admin)
                        .with(csrf())
                        .param("version", "0")
                        .param("on", "27.11.2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&quot;27.11.2026&quot; is not a date")));
        assertThat(jdbc.queryForObject("select status from filing_subject where id = ?", String.class, filing.id()))
                .isEqualTo("ACTIVE");

        mvc.perform(post("/admin/filings/" + filing.id() + "/cancel")
                        .session(admin)
                        .with(csrf())
                        .param("version", "0")
                        .param("on", "2026-11-26"))
                .andExpect(redirectedUrl("/admin/filings/" + filing.id()));
        assertThat(jdbc.queryForMap(
                        "select status, cancelled_on::text as on from filing_subject where id = ?", filing.id()))
                .containsEntry("status", "CANCELLED")
                .containsEntry("on", "2026-11-26");
        assertThat(events.stream(FilingAdminEvents.FilingCancelled.class)).hasSize(1);
        mvc.perform(get("/filings").session(Sessions.signIn(mvc, owner.username())))
                .andExpect(content().string(containsString("cancelled")));
    }

    @Test
    void reviewersCannotOpenTheFilingsAdmin() throws Exception {
        MockHttpSession reviewer = Sessions.signIn(
                mvc, testData.account("filings-reviewer2", Role.REVIEWER).username());
        mvc.perform(get("/admin/filings").session(reviewer)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/filings/" + filing.id()).session(reviewer)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/filings/" + filing.id() + "/cancel")
                        .session(reviewer)
                        .with(csrf())
                        .param("version", "0")
                        .param("on", "2026-11-26"))
                .andExpect(status().isForbidden());
    }
}
