package com.icpportal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.icpportal.changeorder.ChangeOrderView;
import com.icpportal.changeorder.OrdersOverdue;
import com.icpportal.support.PortalTest;
import com.icpportal.support.Sessions;
import com.icpportal.support.TestData.TestAccount;

/**
 * Notices are worded when read, in the reader's language then; the list pages by keyset with
 * "Older" links; the header's count stops at 99+; old notices stored as text stay readable.
 */
@PortalTest
class NoticeListTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Pattern OLDER = Pattern.compile("href=\"(/notices\\?before=[^\"&]+&amp;beforeId=[^\"&]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    OrderJourney journey;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNoticeMadeWhileTheUserReadEnglishReadsInChineseAfterTheySwitch() throws Exception {
        TestAccount applicant = journey.applicant("notice-lang", "en");
        ChangeOrderView order = journey.inAuthorityReview(applicant, journey.reviewer());
        await().atMost(PATIENCE)
                .until(() -> notifications.notices(applicant.id()).stream()
                        .anyMatch(notice -> notice.kind() == NotificationKind.SUBMITTED_TO_ADMINISTRATION));
        assertThat(jdbc.queryForMap(
                        "select message_key, subject, body, message_args ->> 'reference' as reference from notification "
                                + "where order_id = ? and channel = 'NOTICE' and kind = 'SUBMITTED_TO_ADMINISTRATION'",
                        order.id()))
                .as("stored as a message key and arguments, no words")
                .containsEntry("message_key", "notify.SUBMITTED_TO_ADMINISTRATION")
                .containsEntry("subject", null)
                .containsEntry("body", null)
                .containsEntry("reference", order.reference());

        MockHttpSession session = Sessions.signIn(mvc, applicant.username());
        mvc.perform(get("/notices").session(session))
                .andExpect(content().string(containsString(order.reference() + ": submitted to the administration")));
        mvc.perform(get("/notices").param("lang", "zh-CN").session(session))
                .andExpect(content().string(containsString(order.reference() + "：已提交至管局")))
                .andExpect(content().string(not(containsString("submitted to the administration"))));
        mvc.perform(get("/notices").session(session).cookie(new Cookie("portal-lang", "zh-CN")))
                .andExpect(content().string(containsString(order.reference() + "：已提交至管局")));
    }

    @Test
    void aNoticeStoredAsTextBeforeMessageKeysIsShownAsItWas() throws Exception {
        TestAccount reader = journey.applicant("notice-old", "zh-CN");
        jdbc.update("""
                insert into notification (id, dedup_key, channel, kind, recipient_account_id, locale, reference,
                                          subject, body, status, created_at)
                values (gen_random_uuid(), ?, 'NOTICE', 'APPROVED', ?, 'en', 'CO-OLD-1',
                        'CO-OLD-1: your change was approved', 'Old words.', 'SENT', now())""", "old:" + UUID.randomUUID(), reader.id());
        mvc.perform(get("/notices").session(Sessions.signIn(mvc, reader.username())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("CO-OLD-1: your change was approved")))
                .andExpect(content().string(containsString("Old words.")));
    }

    @Test
    void theListPagesByOlderLinksAndTheHeaderStopsCountingAt99() throws Exception {
        TestAccount reader = journey.applicant("notice-many", "en");
        insertNotices(reader.id(), 130);
        assertThat(notifications.unreadNotices(reader.id())).isEqualTo(Notifications.UNREAD_CAP);

        MockHttpSession session = Sessions.signIn(mvc, reader.username());
        List<String> seen = new ArrayList<>();
        String page = mvc.perform(get("/notices").session(session))
                .andExpect(content().string(containsString("Notices (99+)")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Integer> sizes = new ArrayList<>();
        for (int pages = 0; pages < 10; pages++) {
            List<String> references = references(page);
            sizes.add(references.size());
            seen.addAll(references);
            Matcher older = OLDER.matcher(page);
            if (!older.find()) {
                break;
            }
            page = mvc.perform(get(older.group(1).replace("&amp;", "&")).session(session))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
        }
        assertThat(sizes).containsExactly(50, 50, 30);
        List<String> expected = new ArrayList<>();
        for (int i = 130; i >= 1; i--) {
            expected.add("CO-MANY-" + i);
        }
        assertThat(seen).as("newest first, each once").containsExactlyElementsOf(expected);

        mvc.perform(get("/notices")
                        .param("before", "not-a-time")
                        .param("beforeId", "x")
                        .session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("CO-MANY-130:")));

        mvc.perform(post("/notices/read").with(csrf()).session(session));
        assertThat(notifications.unreadNotices(reader.id())).isZero();
        assertThat(notifications.notices(reader.id())).noneMatch(Notice::unread);
        mvc.perform(get("/notices").session(session))
                .andExpect(content().string(not(containsString("Notices ("))))
                .andExpect(content().string(not(containsString("tag tag--blue"))));
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where recipient_account_id = ? and read_at is not null",
                        Integer.class,
                        reader.id()))
                .as("mark all read moved the account's mark; it rewrote no notice")
                .isZero();

        notifications.notifyOverdue(new OrdersOverdue(Instant.now(), 0, Map.of(reader.id(), 4)));
        assertThat(notifications.unreadNotices(reader.id()))
                .as("a notice after the mark is unread")
                .isEqualTo(1);
    }

    /**
     * {@code count} notices, the i-th created i seconds after the first; the 80th and 81st share an
     * instant across the first page's end, where only the id orders them.
     */
    private void insertNotices(UUID accountId, int count) {
        Instant start = Instant.parse("2026-06-01T00:00:00Z");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Instant at = start.plusSeconds(i == 80 ? 81 : i);
            UUID id = i == 81 ? new UUID(-1L, -1L) : UUID.randomUUID();
            rows.add(new Object[] {
                id,
                "many:" + UUID.randomUUID(),
                accountId,
                "CO-MANY-" + i,
                "{\"reference\":\"CO-MANY-" + i + "\"}",
                java.sql.Timestamp.from(at)
            });
        }
        jdbc.batchUpdate("""
                insert into notification (id, dedup_key, channel, kind, recipient_account_id, locale, reference,
                                          message_key, message_args, status, created_at, link)
                values (?, ?, 'NOTICE', 'APPROVED', ?, 'en', ?, 'notify.APPROVED', cast(? as jsonb), 'SENT', ?, '/orders')""", rows);
    }

    private static List<String> references(String page) {
        Matcher matcher =
                Pattern.compile("(CO-MANY-\\d+): your change was approved").matcher(page);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
