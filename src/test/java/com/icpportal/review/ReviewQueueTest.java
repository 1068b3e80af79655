package com.icpportal.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.icpportal.account.Role;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.ProviderDecisions;
import com.icpportal.support.OrderSteps;
import com.icpportal.support.PortalTest;
import com.icpportal.support.Sessions;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;

/** The queue: keyset pages that neither repeat nor skip, and deadlines in words across weekends and holidays. */
@PortalTest
class ReviewQueueTest {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** Xinjiang: no other test files orders there, so the filter isolates this test's rows. */
    static final String XINJIANG = "650000";

    @Autowired
    ReviewQueue queue;

    @Autowired
    DueLabels labels;

    @Autowired
    OrderSteps steps;

    @Autowired
    ProviderDecisions decisions;

    @Autowired
    TestData testData;

    @Autowired
    MockMvc mvc;

    TestAccount applicant;
    Actor reviewer;

    @BeforeEach
    void people() {
        applicant = testData.account("queued", Role.APPLICANT);
        reviewer = Actor.reviewer(testData.account("reviewer", Role.REVIEWER).id());
    }

    @Test
    void keysetPagesNeverRepeatOrSkipWhileOrdersAreAddedAndDecided() {
        List<UUID> submitted = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            submitted.add(submittedOrder("新疆排队" + i));
        }
        Instant now = Instant.now();
        QueuePage first = page(null, null, now);
        assertThat(first.rows()).hasSize(3);
        assertThat(first.hasNext()).isTrue();

        // Between pages: two orders arrive, and one already shown is decided (it leaves the tab).
        submitted.add(submittedOrder("新疆后到甲"));
        submitted.add(submittedOrder("新疆后到乙"));
        UUID decided = first.rows().get(0).id();
        decisions.claim(reviewer, decided);
        decisions.pass(reviewer, decided, decisions.find(decided).version(), null);

        List<QueueRow> seen = new ArrayList<>(first.rows());
        QueuePage page = first;
        while (page.hasNext()) {
            QueueRow last = page.rows().get(page.rows().size() - 1);
            page = page(last.dueAt(), last.id(), now);
            seen.addAll(page.rows());
        }
        List<UUID> ids = seen.stream().map(QueueRow::id).toList();
        Set<UUID> unique = new HashSet<>(ids);
        assertThat(unique).as("no row twice").hasSameSizeAs(ids);
        assertThat(unique).as("no row skipped whose sort key did not change").containsAll(submitted.subList(0, 7));
        // Orders that arrived meanwhile appear when they sort after the position reached; PostgreSQL
        // orders uuids byte by byte, as their text does.
        QueueRow cursor = first.rows().get(first.rows().size() - 1);
        for (UUID late : submitted.subList(7, 9)) {
            QueueRow row = queue
                    .page(new QueueQuery(QueueTab.OPEN, null, XINJIANG, null, false, null, null, 50, now))
                    .rows()
                    .stream()
                    .filter(candidate -> candidate.id().equals(late))
                    .findFirst()
                    .orElseThrow();
            boolean after = row.dueAt().isAfter(cursor.dueAt())
                    || (row.dueAt().equals(cursor.dueAt())
                            && row.id().toString().compareTo(cursor.id().toString()) > 0);
            assertThat(unique.contains(late))
                    .as("a late order appears exactly when it sorts after the cursor")
                    .isEqualTo(after);
        }
        assertThat(seen)
                .isSortedAccordingTo((a, b) -> a.dueAt().equals(b.dueAt())
                        ? a.id().toString().compareTo(b.id().toString())
                        : a.dueAt().compareTo(b.dueAt()));
    }

    @Test
    void deadlinesInWordsAcrossAWeekendAndAHoliday() {
        // Due Friday 16:00, now Monday 10:00: two working hours on Friday and one on Monday.
        assertThat(label(at(2026, 1, 9, 16, 0), at(2026, 1, 12, 10, 0), Locale.ENGLISH))
                .isEqualTo(new DueLabel("queue.due.overdueHours", List.of(3L), true));
        // Due the day before National Day, now the first working day after it.
        assertThat(label(at(2026, 9, 30, 16, 0), at(2026, 10, 8, 10, 0), Locale.ENGLISH))
                .isEqualTo(new DueLabel("queue.due.overdueHours", List.of(3L), true));
        assertThat(label(at(2026, 1, 12, 17, 30), at(2026, 1, 12, 10, 0), Locale.ENGLISH))
                .isEqualTo(new DueLabel("queue.due.today", List.of("17:30"), false));
        assertThat(label(at(2026, 1, 12, 9, 0), at(2026, 1, 9, 17, 0), Locale.ENGLISH))
                .isEqualTo(new DueLabel("queue.due.weekday", List.of("Mon", "09:00"), false));
        assertThat(label(at(2026, 1, 12, 9, 0), at(2026, 1, 9, 17, 0), Locale.SIMPLIFIED_CHINESE)
                        .arguments())
                .containsExactly("周一", "09:00");
        assertThat(label(at(2026, 2, 24, 9, 0), at(2026, 2, 13, 17, 0), Locale.ENGLISH))
                .isEqualTo(new DueLabel("queue.due.date", List.of("2026-02-24", "09:00"), false));
        assertThat(label(at(2026, 1, 12, 9, 20), at(2026, 1, 12, 9, 35), Locale.ENGLISH))
                .isEqualTo(new DueLabel("queue.due.overdueMinutes", List.of(15L), true));
    }

    @Test
    void theQueuePageShowsTabsFiltersAndDeadlines() throws Exception {
        submittedOrder("新疆页面测试");
        TestAccount person = testData.account("reviewer", Role.REVIEWER);
        mvc.perform(get("/review").param("province", XINJIANG).session(Sessions.signIn(mvc, person.username())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("新疆页面测试")))
                .andExpect(content().string(containsString("In provider review")))
                .andExpect(content().string(containsString("Unassigned")))
                .andExpect(content().string(containsString("Due ")));
    }

    private QueuePage page(Instant afterKey, UUID afterId, Instant now) {
        return queue.page(new QueueQuery(QueueTab.UNASSIGNED, null, XINJIANG, null, false, afterKey, afterId, 3, now));
    }

    private DueLabel label(Instant due, Instant now, Locale locale) {
        return labels.label(due, now, locale);
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(CHINA).toInstant();
    }

    private UUID submittedOrder(String organiser) {
        var filing =
                testData.filing(applicant, XINJIANG, "新", "650100", "650102", organiser, TestData.uniqueDomain("xj"));
        return steps.subjectChange(applicant, filing.id()).address("测试路1号3号").submitted();
    }
}
