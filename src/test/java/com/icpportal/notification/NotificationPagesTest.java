package com.icpportal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.icpportal.account.Role;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.ChangeOrderView;
import com.icpportal.changeorder.OrdersOverdue;
import com.icpportal.changeorder.ProviderDecisions;
import com.icpportal.changeorder.Reason;
import com.icpportal.support.OrderSteps;
import com.icpportal.support.PortalTest;
import com.icpportal.support.Sessions;
import com.icpportal.support.StatementCounter;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;

/**
 * Without an SMTP host and with the default SMS gateway, messages stay in the outbox (KEPT) for
 * admins; in-app notices, the header's unread count, marking read; the outbox page and resend.
 */
@PortalTest
class NotificationPagesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    MockMvc mvc;

    @Autowired
    OrderJourney journey;

    @Autowired
    TestData testData;

    @Autowired
    OrderSteps steps;

    @Autowired
    ProviderDecisions decisions;

    @Autowired
    Notifications notifications;

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void withoutAMailServerTheApprovalsEmailAndTextAreKeptForAdminsAndTheApplicantHasANotice() throws Exception {
        TestAccount applicant = journey.applicant("notify-kept", "en");
        ChangeOrderView order = journey.approve(journey.inAuthorityReview(applicant, journey.reviewer()));

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(jdbc.queryForList(
                                "select channel || ' ' || status from notification where order_id = ? and kind = 'APPROVED' order by channel",
                                String.class,
                                order.id()))
                        .containsExactly("EMAIL KEPT", "NOTICE SENT", "SMS KEPT"));

        MockHttpSession admin = Sessions.signIn(
                mvc, testData.account("notify-admin", Role.ADMIN).username());
        mvc.perform(get("/admin/outbox").param("status", "KEPT").session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(order.reference() + ": your change was approved")))
                .andExpect(content().string(containsString(applicant.username() + "@example.test")))
                .andExpect(content().string(containsString("138****8000")))
                .andExpect(content().string(not(containsString("13800138000"))));
        mvc.perform(get("/admin/outbox").session(Sessions.signIn(mvc, applicant.username())))
                .andExpect(status().isForbidden());

        MockHttpSession session = Sessions.signIn(mvc, applicant.username());
        int unread = notifications.unreadNotices(applicant.id());
        assertThat(unread).isGreaterThanOrEqualTo(2);
        mvc.perform(get("/filings").session(session))
                .andExpect(content().string(containsString("Notices (" + unread + ")")));
        mvc.perform(get("/notices").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(order.reference() + ": your change was approved")))
                .andExpect(content().string(containsString("The communications administration approved your change")));
    }

    long noticeVersion() {
        return jdbc.queryForObject("select version from reference_data_version where name = 'notice'", Long.class);
    }

    /** A row as another node (or psql) writes it: this node hears of it only through the version. */
    void writtenElsewhere(UUID accountId, String channel, String status) {
        jdbc.update(
                "insert into notification (id, dedup_key, channel, kind, recipient_account_id, recipient_address, locale,"
                        + " subject, body, status, created_at) values (gen_random_uuid(), 'elsewhere:' || gen_random_uuid(),"
                        + " ?, 'APPROVED', ?, 'elsewhere@example.test', 'en', 'Written elsewhere', 'by another node', ?, now())",
                channel,
                accountId,
                status);
    }

    @Test
    void theHeaderCountIsKeptUntilANoticeIsWrittenOrReadAnywhere() throws Exception {
        TestAccount applicant = testData.account("notify-count-kept", Role.APPLICANT);
        MockHttpSession session = Sessions.signIn(mvc, applicant.username());
        mvc.perform(get("/filings").session(session)).andExpect(content().string(not(containsString("Notices ("))));
        StatementCounter.reset();
        try {
            mvc.perform(get("/filings").session(session)).andExpect(status().isOk());
            assertThat(StatementCounter.statements())
                    .as("the count is kept while no notice moved")
                    .noneMatch(sql -> sql.contains("from notification"));
        } finally {
            StatementCounter.stop();
        }

        writtenElsewhere(applicant.id(), "NOTICE", "SENT");
        writtenElsewhere(applicant.id(), "NOTICE", "SENT");
        mvc.perform(get("/filings").session(session)).andExpect(content().string(containsString("Notices (2)")));

        // the outbox's e-mail bookkeeping does not move the version (and so keeps every count)
        long version = noticeVersion();
        writtenElsewhere(applicant.id(), "EMAIL", "KEPT");
        jdbc.update(
                "update notification set attempts = attempts + 1, last_error = 'elsewhere', sent_at = now()"
                        + " where recipient_account_id = ? and channel = 'EMAIL'",
                applicant.id());
        assertThat(noticeVersion()).isEqualTo(version);

        // all read, on another node: its read mark moves
        jdbc.update(
                "insert into notice_read_mark (account_id, read_before) values (?, now() + interval '1 second')",
                applicant.id());
        mvc.perform(get("/filings").session(session)).andExpect(content().string(not(containsString("Notices ("))));
    }

    @Test
    void aUserMarksTheirOwnNoticesReadAndCannotTouchAnotherUsers() throws Exception {
        TestAccount applicant = journey.applicant("notify-read", "zh-CN");
        TestAccount other = journey.applicant("notify-other", "en");
        ChangeOrderView order = journey.inAuthorityReview(applicant, journey.reviewer());
        await().atMost(PATIENCE)
                .until(() -> notifications.notices(applicant.id()).stream()
                        .anyMatch(notice -> notice.kind() == NotificationKind.SUBMITTED_TO_ADMINISTRATION));
        List<Notice> notices = notifications.notices(applicant.id());
        Notice notice = notices.get(0);
        int unread = notifications.unreadNotices(applicant.id());

        mvc.perform(post("/notices/{id}/read", notice.id())
                        .with(csrf())
                        .session(Sessions.signIn(mvc, other.username())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/notices/{id}/read", notice.id()).session(Sessions.signIn(mvc, applicant.username())))
                .andExpect(status().isForbidden());
        assertThat(notifications.unreadNotices(applicant.id())).isEqualTo(unread);

        MockHttpSession session = Sessions.signIn(mvc, applicant.username());
        mvc.perform(post("/notices/{id}/read", notice.id()).with(csrf()).session(session))
                .andExpect(redirectedUrl("/notices"));
        assertThat(notifications.unreadNotices(applicant.id())).isEqualTo(unread - 1);
        mvc.perform(get("/notices").session(session))
                .andExpect(content().string(containsString(order.reference() + "：已提交至管局")))
                .andExpect(content().string(containsString("通知（" + (unread - 1) + "）")));

        mvc.perform(post("/notices/read").with(csrf()).session(session)).andExpect(redirectedUrl("/notices"));
        assertThat(notifications.unreadNotices(applicant.id())).isZero();
        mvc.perform(get("/notices").session(session)).andExpect(content().string(not(containsString("通知（"))));
    }

    @Test
    void aReturnedOrdersMessageListsItsReasonsByField() {
        TestAccount applicant = journey.applicant("notify-return", "en");
        TestAccount reviewerAccount = journey.reviewer();
        Actor reviewer = Actor.reviewer(reviewerAccount.id());
        var filing = testData.beijingFiling(applicant, "北京退回有限公司", TestData.uniqueDomain("notify-return"));
        UUID orderId =
                steps.subjectChange(applicant, filing.id()).reviewer(reviewer).claimed();
        ChangeOrderView order = decisions.find(orderId);
        decisions.returnForCorrection(
                reviewer,
                orderId,
                order.version(),
                List.of(
                        new Reason(
                                "subject.address",
                                "The street number is missing.",
                                "Add the number as on the licence."),
                        new Reason("document:BUSINESS_LICENCE", "The scan is unreadable.", null)),
                null);

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(jdbc.queryForList(
                                "select body from notification where order_id = ? and kind = 'RETURNED' and channel = 'EMAIL'",
                                String.class,
                                orderId))
                        .singleElement()
                        .asString()
                        .contains(
                                "Dear Test " + applicant.username(),
                                "returned your change " + order.reference(),
                                "- Address: The street number is missing. What to do: Add the number as on the licence.",
                                "- Business licence or organisation certificate: The scan is unreadable.",
                                "correct the fields listed and submit the change again",
                                "/orders/" + orderId));
    }

    @Test
    void aReviewerSeesTheirOverdueDigestAndAdminsResendAFailedMessage() throws Exception {
        TestAccount reviewer = journey.reviewer();
        Instant now = Instant.parse("2026-01-05T10:00:00Z");
        notifications.notifyOverdue(new OrdersOverdue(now, 0, Map.of(reviewer.id(), 500)));
        notifications.notifyOverdue(new OrdersOverdue(now, 0, Map.of(reviewer.id(), 500)));
        notifications.notifyOverdue(new OrdersOverdue(now, 0, Map.of(reviewer.id(), 200)));
        assertThat(notifications.notices(reviewer.id()))
                .as("three batches, 1,200 orders: one notice, in the default language")
                .singleElement()
                .satisfies(notice -> {
                    assertThat(notice.link()).isEqualTo(Notifications.OVERDUE_QUEUE);
                    assertThat(notice.subject()).isEqualTo("1,200 个变更单已超时");
                });
        assertThat(jdbc.queryForList(
                        "select channel from notification where recipient_account_id = ? order by channel",
                        String.class,
                        reviewer.id()))
                .as("one email on the day, one notice")
                .containsExactly("EMAIL", "NOTICE");
        MockHttpSession session = Sessions.signIn(mvc, reviewer.username());
        mvc.perform(get("/notices").param("lang", "zh-CN").session(session))
                .andExpect(content().string(containsString("1,200 个变更单已超时")))
                .andExpect(content().string(containsString("href=\"/review?tab=OPEN&amp;overdue=true\"")));

        mvc.perform(post("/notices/read").with(csrf()).session(session)).andExpect(redirectedUrl("/notices"));
        notifications.notifyOverdue(new OrdersOverdue(now.plusSeconds(300), 3, Map.of()));
        assertThat(notifications.notices(reviewer.id()))
                .as("read: the next batch starts a new digest")
                .extracting(Notice::subject, Notice::unread)
                .containsExactly(tuple("3 个变更单已超时", true), tuple("1,200 个变更单已超时", false));
        mvc.perform(get("/notices").param("lang", "en").session(session))
                .andExpect(content().string(containsString("3 orders became overdue")))
                .andExpect(content().string(containsString("1,200 orders became overdue")));

        OutgoingMessage failing = new OutgoingMessage(
                "test:" + UUID.randomUUID(),
                Channel.EMAIL,
                NotificationKind.APPROVED,
                null,
                "someone@example.test",
                Locale.ENGLISH,
                null,
                "CO-RESEND-1",
                "CO-RESEND-1: subject",
                "body",
                null);
        outbox.insert(failing, DeliveryStatus.PENDING, Instant.now());
        OutboxEntry claimed =
                outbox.claim(failing.key(), Instant.now(), Instant.now()).orElseThrow();
        outbox.markFailed(
                claimed.id(),
                "MailConnectException: SMTP down",
                DeliveryFailure.of(new java.net.ConnectException(), Channel.EMAIL));

        MockHttpSession admin = Sessions.signIn(
                mvc, testData.account("notify-admin", Role.ADMIN).username());
        mvc.perform(get("/admin/outbox").param("status", "FAILED").session(admin))
                .andExpect(content().string(containsString("The server could not be reached")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("SMTP down"))))
                .andExpect(content().string(containsString("/admin/outbox/" + claimed.id() + "/resend")));
        mvc.perform(get("/admin/outbox")
                        .param("status", "FAILED")
                        .cookie(new jakarta.servlet.http.Cookie("portal-lang", "zh-CN"))
                        .session(admin))
                .andExpect(content().string(containsString("无法连接服务器")));
        mvc.perform(post("/admin/outbox/{id}/resend", claimed.id())
                        .param("status", "FAILED")
                        .with(csrf())
                        .session(admin))
                .andExpect(redirectedUrl("/admin/outbox?status=FAILED"))
                .andExpect(flash().attribute("resent", "KEPT"));
        assertThat(jdbc.queryForMap("select status, attempts from notification where id = ?", claimed.id()))
                .containsEntry("status", "KEPT")
                .containsEntry("attempts", 2);
        mvc.perform(post("/admin/outbox/{id}/resend", claimed.id()).with(csrf()).session(admin))
                .andExpect(flash().attribute("resent", "NOT_FAILED"));
    }
}
