package com.icpportal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

import com.icpportal.account.Role;
import com.icpportal.support.PortalTest;
import com.icpportal.support.Sessions;
import com.icpportal.support.TestClock;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;

/** The admins' page: filters (actor, entity, kind, dates in China's time), newest first, keyset paging. */
@PortalTest
class AuditPageTest {

    private static final Pattern ENTRY = Pattern.compile("id=\"entry-(\\d+)\"");
    private static final Pattern OLDER = Pattern.compile("<a href=\"([^\"]+)\">Older entries</a>");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    TestAccount admin;
    TestAccount actor;
    MockHttpSession session;

    @BeforeEach
    void signIn() throws Exception {
        admin = testData.account("trail-admin", Role.ADMIN);
        actor = testData.account("trail-actor", Role.REVIEWER);
        session = Sessions.signIn(mvc, admin.username());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void onlyAdminsSeeTheTrail() throws Exception {
        mvc.perform(get("/admin/audit")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/audit").session(Sessions.signIn(mvc, actor.username())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit")
                        .session(Sessions.signIn(
                                mvc,
                                testData.account("trail-applicant", Role.APPLICANT)
                                        .username())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").session(session)).andExpect(status().isOk());
    }

    @Test
    void showsWhoDidWhatWithKindsInWordsInBothLanguages() throws Exception {
        String entityId = UUID.randomUUID().toString();
        clock.setTo(Instant.parse("2026-03-10T02:15:00Z"));
        record("order.claimed", "change_order", entityId, "CO-TEST-1 13812345678");

        String english = page(get("/admin/audit").param("entityId", entityId));
        assertThat(english)
                .contains(
                        "Audit trail",
                        "Order claimed",
                        "Change order",
                        actor.username(),
                        "2026-03-10 10:15",
                        "CO-TEST-1 138****5678")
                .doesNotContain("13812345678");
        String chinese =
                html(get("/admin/audit").param("entityId", entityId).cookie(new Cookie("portal-lang", "zh-CN")));
        assertThat(chinese).contains("审计日志", "认领变更单", "变更单", "操作人");

        record("something.new", "new_entity", entityId, null);
        assertThat(page(get("/admin/audit").param("entityId", entityId)))
                .as("a kind without words is shown as it is")
                .contains("something.new", "new_entity");
    }

    @Test
    void detailsShowEnumsFailuresAndInstantsInWordsAndChinasTime() throws Exception {
        String entityId = UUID.randomUUID().toString();
        record(
                "order.started",
                "change_order",
                entityId,
                "CO-TEST-2; WEBSITE_CHANGE AUTHORITY_REVIEW BadCredentials until 2026-03-10T16:30:00Z");
        assertThat(page(get("/admin/audit").param("entityId", entityId)))
                .contains(
                        "Change of website information",
                        "With the communications administration",
                        "wrong username or password",
                        "2026-03-11 00:30")
                .doesNotContain("WEBSITE_CHANGE", "BadCredentials", "16:30:00Z");
        assertThat(html(get("/admin/audit").param("entityId", entityId).cookie(new Cookie("portal-lang", "zh-CN"))))
                .contains("用户名或密码错误", "2026-03-11 00:30")
                .doesNotContain("WEBSITE_CHANGE", "AUTHORITY_REVIEW");
    }

    @Test
    void aMovedDeadlineReadsAsOneSentenceInTheReadersLanguage() throws Exception {
        String entityId = UUID.randomUUID().toString();
        record(
                "order.deadline-moved",
                "change_order",
                entityId,
                "CO-TEST-3: deadline of PROVIDER_REVIEW moved from 2026-12-04T02:00:00Z to 2026-12-07T02:00:00Z"
                        + " because 2026-12-04 became a holiday");
        assertThat(page(get("/admin/audit").param("entityId", entityId)))
                .contains(
                        "Deadline moved by a calendar change",
                        "CO-TEST-3: deadline of the step &quot;In provider review&quot; moved from 2026-12-04 10:00"
                                + " to 2026-12-07 10:00 because 2026-12-04 became a holiday")
                .doesNotContain("PROVIDER_REVIEW", "02:00:00Z");
        assertThat(html(get("/admin/audit").param("entityId", entityId).cookie(new Cookie("portal-lang", "zh-CN"))))
                .contains("日历调整后办理时限变更", "由 2026-12-04 10:00 改为 2026-12-07 10:00，因为 2026-12-04 已设为节假日")
                .doesNotContain("PROVIDER_REVIEW", "became a holiday");
    }

    @Test
    void filtersByActorKindEntityAndDatesInChinasTime() throws Exception {
        String entityId = UUID.randomUUID().toString();
        TestAccount other = testData.account("trail-other", Role.REVIEWER);
        // 23:59 on 10 March and 00:00 on 11 March in Shanghai.
        clock.setTo(Instant.parse("2026-03-10T15:59:00Z"));
        long late = record("order.claimed", "change_order", entityId, "late on the 10th");
        clock.setTo(Instant.parse("2026-03-10T16:00:00Z"));
        long early = record("order.released", "change_order", entityId, "early on the 11th");
        long byOther = recordBy(other, "order.claimed", "change_order", entityId, "by someone else");

        assertThat(ids(get("/admin/audit").param("entityId", entityId))).containsExactly(byOther, early, late);
        assertThat(ids(get("/admin/audit")
                        .param("entityId", entityId)
                        .param("actor", actor.username().toUpperCase())))
                .as("the username ignoring case")
                .containsExactly(early, late);
        assertThat(ids(get("/admin/audit").param("entityId", entityId).param("kind", "order.claimed")))
                .containsExactly(byOther, late);
        assertThat(ids(get("/admin/audit")
                        .param("entity", "change_order")
                        .param("entityId", entityId)
                        .param("actor", other.username())))
                .containsExactly(byOther);
        assertThat(ids(get("/admin/audit").param("entity", "account").param("entityId", entityId)))
                .isEmpty();
        assertThat(ids(get("/admin/audit")
                        .param("entityId", entityId)
                        .param("from", "2026-03-11")
                        .param("to", "2026-03-11")))
                .containsExactly(byOther, early);
        assertThat(ids(get("/admin/audit").param("entityId", entityId).param("to", "2026-03-10")))
                .containsExactly(late);
        assertThat(ids(get("/admin/audit").param("entityId", entityId).param("from", "2026-03-12")))
                .isEmpty();
    }

    @Test
    void badDatesAreShownAtTheirFieldsWithWhatWasTyped() throws Exception {
        String invalid = page(get("/admin/audit")
                .param("from", "2026-02-30")
                .param("to", "tomorrow")
                .param("actor", "someone"));
        assertThat(invalid)
                .contains(
                        "<title>Error: Audit trail</title>",
                        "There is a problem",
                        "Enter the start date as year-month-day",
                        "Enter the end date as year-month-day",
                        "value=\"2026-02-30\"",
                        "value=\"tomorrow\"",
                        "value=\"someone\"",
                        "href=\"#from\"")
                .doesNotContain("id=\"entry-");

        assertThat(page(get("/admin/audit").param("from", "2026-03-12").param("to", "2026-03-11")))
                .contains("The end date must be the same as or after the start date", "id=\"to-error\"");
    }

    @Test
    void datesAndCursorsBeyondAnyCalendarAreRefusedOrIgnoredNotA500() throws Exception {
        assertThat(page(get("/admin/audit").param("to", "+999999999-12-31")))
                .contains("Enter the end date as year-month-day");
        assertThat(page(get("/admin/audit").param("from", "+300000-01-01")))
                .contains("Enter the start date as year-month-day");
        assertThat(page(get("/admin/audit")
                        .param("after", "+300000-01-01T00:00:00Z")
                        .param("afterId", "1")))
                .doesNotContain("Error:");
        assertThat(page(get("/admin/audit")
                        .param("after", "-300000-01-01T00:00:00Z")
                        .param("afterId", "1")))
                .doesNotContain("Error:");
    }

    @Test
    void pagesContinueAfterTheLastEntryShownWithoutRepeatsOrGaps() throws Exception {
        String entityId = UUID.randomUUID().toString();
        clock.setTo(Instant.parse("2026-04-01T01:00:00Z"));
        List<Long> written = new ArrayList<>();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            for (int i = 0; i < 57; i++) {
                if (i % 3 == 0) {
                    clock.advance(Duration.ofSeconds(1)); // several entries share a time: the id breaks the tie
                }
                events.publishEvent(
                        new TestAuditedEvent("test.paged", "test_entity", entityId, actor.id(), "entry " + i));
                written.add(jdbc.queryForObject("select max(id) from audit_entry", Long.class));
            }
        });
        List<Long> newestFirst = new ArrayList<>(written);
        Collections.reverse(newestFirst);

        String first = page(get("/admin/audit").param("entityId", entityId));
        assertThat(ids(first)).containsExactlyElementsOf(newestFirst.subList(0, 50));
        String older = olderLink(first);
        assertThat(older).contains("entityId=" + entityId).contains("afterId=" + newestFirst.get(49));

        // An entry written meanwhile does not shift the next page.
        record("test.paged", "test_entity", entityId, "newer");
        String second = page(get(URI.create(older)));
        assertThat(ids(second)).containsExactlyElementsOf(newestFirst.subList(50, 57));
        assertThat(OLDER.matcher(second).find())
                .as("no older page after the last")
                .isFalse();
        assertThat(second).contains("Newest entries");

        assertThat(ids(get("/admin/audit")
                        .param("entityId", entityId)
                        .param("after", "not a time")
                        .param("afterId", "x")))
                .as("an unreadable keyset starts from the newest")
                .hasSize(50);
        assertThat(new HashSet<>(ids(first))).doesNotContainAnyElementsOf(ids(second));
    }

    private long record(String kind, String entity, String entityId, String detail) {
        return recordBy(actor, kind, entity, entityId, detail);
    }

    private long recordBy(TestAccount by, String kind, String entity, String entityId, String detail) {
        return new TransactionTemplate(transactions).execute(status -> {
            events.publishEvent(new TestAuditedEvent(kind, entity, entityId, by.id(), detail));
            return jdbc.queryForObject("select max(id) from audit_entry", Long.class);
        });
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return html(request.header("Accept-Language", "en"));
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private List<Long> ids(MockHttpServletRequestBuilder request) throws Exception {
        return ids(page(request));
    }

    private static List<Long> ids(String html) {
        List<Long> ids = new ArrayList<>();
        Matcher matcher = ENTRY.matcher(html);
        while (matcher.find()) {
            ids.add(Long.valueOf(matcher.group(1)));
        }
        return ids;
    }

    private static String olderLink(String html) {
        Matcher matcher = OLDER.matcher(html);
        assertThat(matcher.find()).as("an Older entries link").isTrue();
        return HtmlUtils.htmlUnescape(matcher.group(1));
    }
}
