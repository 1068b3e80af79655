package com.icpportal.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.icpportal.account.Role;
import com.icpportal.changeorder.OrderState;
import com.icpportal.support.OrderSteps;
import com.icpportal.support.PortalTest;
import com.icpportal.support.Sessions;
import com.icpportal.support.TestClock;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;

/**
 * The queue's filters over V100's indexes: keyset pages through orders that share one deadline
 * (the id breaks the tie), filters that cannot match answered empty, and filters that are not a
 * province or a state refused at their field.
 */
@PortalTest
class QueueFiltersTest {

    /** Inner Mongolia and Jilin: no other test files orders there (Jilin only for the ties). */
    static final String INNER_MONGOLIA = "150000";

    static final String JILIN = "220000";

    @Autowired
    ReviewQueue queue;

    @Autowired
    OrderSteps steps;

    @Autowired
    TestData testData;

    @Autowired
    TestClock clock;

    @Autowired
    MockMvc mvc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void pagesThroughOrdersWithTheSameDeadlineInIdOrderWithoutRepeatOrGap() {
        TestAccount applicant = testData.account("tied", Role.APPLICANT);
        clock.setTo(LocalDateTime.of(2026, 3, 2, 10, 0)
                .atZone(ZoneId.of("Asia/Shanghai"))
                .toInstant());
        List<UUID> submitted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            submitted.add(submittedOrder(applicant, JILIN, "吉林同时" + i));
        }
        Instant now = clock.instant();

        List<QueueRow> seen = new ArrayList<>();
        QueuePage page = queue.page(query(QueueTab.UNASSIGNED, JILIN, null, null, null, now));
        seen.addAll(page.rows());
        while (page.hasNext()) {
            QueueRow last = page.rows().get(page.rows().size() - 1);
            page = queue.page(query(QueueTab.UNASSIGNED, JILIN, null, last.dueAt(), last.id(), now));
            seen.addAll(page.rows());
        }

        assertThat(seen).extracting(QueueRow::dueAt).containsOnly(seen.get(0).dueAt());
        assertThat(seen)
                .extracting(QueueRow::id)
                .containsExactlyElementsOf(submitted.stream()
                        .sorted(Comparator.comparing(UUID::toString))
                        .toList());
        // The same through the province-and-state index.
        assertThat(queue.page(query(QueueTab.UNASSIGNED, JILIN, OrderState.PROVIDER_REVIEW, null, null, now))
                        .rows())
                .extracting(QueueRow::id)
                .containsExactlyElementsOf(submitted.stream()
                        .sorted(Comparator.comparing(UUID::toString))
                        .limit(2)
                        .toList());
    }

    @Test
    void filtersThatCannotMatchAnswerEmpty() {
        TestAccount applicant = testData.account("unmatched", Role.APPLICANT);
        submittedOrder(applicant, INNER_MONGOLIA, "内蒙古不匹配");
        Instant now = Instant.now();
        // A state the tab does not list; overdue on the done tab (finished orders have no deadline).
        assertThat(queue.page(query(QueueTab.UNASSIGNED, INNER_MONGOLIA, OrderState.APPROVED, null, null, now))
                        .rows())
                .isEmpty();
        assertThat(ReviewQueue.nothingCanMatch(
                        new QueueQuery(QueueTab.DONE, null, INNER_MONGOLIA, null, true, null, null, 10, now)))
                .isTrue();
        assertThat(queue.page(query(QueueTab.OPEN, INNER_MONGOLIA, OrderState.PROVIDER_REVIEW, null, null, now))
                        .rows())
                .isNotEmpty();
    }

    @Test
    void aProvinceOrStateThatDoesNotExistIsRefusedAtItsField() throws Exception {
        TestAccount reviewer = testData.account("filterer", Role.REVIEWER);
        var session = Sessions.signIn(mvc, reviewer.username());

        String unknownProvince = mvc.perform(get("/review")
                        .param("tab", "OPEN")
                        .param("province", "999999")
                        .session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(unknownProvince)
                .contains("id=\"province-error\"", "Choose a province from the list", "No orders here.")
                .doesNotContain("href=\"/review/orders/");

        String unknownState = mvc.perform(get("/review")
                        .param("state", "NOT_A_STATE")
                        .param("lang", "zh-CN")
                        .session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(unknownState).contains("id=\"state-error\"", "请从列表中选择状态");
    }

    private QueueQuery query(
            QueueTab tab, String province, OrderState state, Instant afterKey, UUID afterId, Instant now) {
        return new QueueQuery(tab, null, province, state, false, afterKey, afterId, 2, now);
    }

    private UUID submittedOrder(TestAccount applicant, String province, String organiser) {
        var filing = province.equals(JILIN)
                ? testData.filing(applicant, JILIN, "吉", "220100", "220102", organiser, TestData.uniqueDomain("jl"))
                : testData.filing(
                        applicant, INNER_MONGOLIA, "蒙", "150100", "150102", organiser, TestData.uniqueDomain("nmg"));
        return steps.subjectChange(applicant, filing.id()).address("测试路2号").submitted();
    }
}
