package com.icpportal.changeorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icpportal.account.Role;
import com.icpportal.calendar.CalendarAdmin;
import com.icpportal.calendar.CalendarEntryInput;
import com.icpportal.support.OrderSteps;
import com.icpportal.support.PortalTest;
import com.icpportal.support.TestClock;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;

/**
 * A calendar change moves the deadline of the open steps whose window it touches, in the admin's
 * transaction, on the order, its step's transition (SLA figures), its timeline and the audit trail.
 * March 2087 is a year no other test touches: Thursday the 6th, Friday the 7th, Monday the 10th.
 */
@PortalTest
class DeadlineMovesTest {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final LocalDate FRIDAY = LocalDate.of(2087, 3, 7);

    @Autowired
    CalendarAdmin calendarAdmin;

    @Autowired
    DeadlineMoves moves;

    @Autowired
    ChangeOrders changeOrders;

    @Autowired
    ProviderDecisions decisions;

    @Autowired
    OrderFigures figures;

    @Autowired
    OrderSteps steps;

    @Autowired
    TestData testData;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    TestAccount applicant;
    TestAccount admin;
    Actor reviewer;

    @BeforeEach
    void people() {
        applicant = testData.account("moved", Role.APPLICANT);
        admin = testData.account("caladmin", Role.ADMIN);
        reviewer = Actor.reviewer(testData.account("movedrev", Role.REVIEWER).id());
    }

    @AfterEach
    void cleanUp() {
        calendarAdmin.entries(2087).forEach(entry -> calendarAdmin.remove(entry.day(), entry.version(), admin.id()));
        clock.reset();
    }

    @Test
    void aHolidayOnTheDueDateMovesTheDeadlineToTheNextWorkingDayAndBackWhenRemoved() {
        clock.setTo(china(2087, 3, 3, 10, 0));
        UUID untouched = submitted("未动");
        clock.setTo(china(2087, 3, 6, 10, 0));
        UUID orderId = submitted("顺延");
        assertThat(decisions.find(orderId).dueAt()).isEqualTo(china(2087, 3, 7, 10, 0));
        long versionBefore = decisions.find(orderId).version();

        clock.setTo(china(2087, 3, 6, 15, 0));
        assertThat(calendarAdmin.add(2087, holiday(FRIDAY), admin.id())).isEmpty();

        ChangeOrderView moved = decisions.find(orderId);
        assertThat(moved.dueAt()).isEqualTo(china(2087, 3, 10, 10, 0));
        assertThat(moved.version())
                .as("a reviewer holding the old order gets a conflict")
                .isGreaterThan(versionBefore);
        assertThat(decisions.find(untouched).dueAt())
                .as("a window that ended before the holiday stays")
                .isEqualTo(china(2087, 3, 4, 10, 0));
        assertThat(jdbc.queryForObject(
                        "select due_at from change_order_transition where order_id = ? and to_state = 'PROVIDER_REVIEW'",
                        OffsetDateTime.class,
                        orderId))
                .as("the SLA figures judge the decision by the deadline in force")
                .isEqualTo(china(2087, 3, 10, 10, 0).atOffset(java.time.ZoneOffset.UTC));
        assertThat(moves.of(orderId))
                .containsExactly(new DeadlineMoveView(
                        china(2087, 3, 6, 15, 0),
                        OrderState.PROVIDER_REVIEW,
                        china(2087, 3, 7, 10, 0),
                        china(2087, 3, 10, 10, 0),
                        DeadlineMoveCause.HOLIDAY_ADDED,
                        FRIDAY));
        assertThat(moves.of(untouched)).isEmpty();
        assertThat(changeOrders.caseForStaff(orderId).deadlineMoves())
                .as("the case page reads the same moves with the order")
                .isEqualTo(moves.of(orderId));
        assertThat(changeOrders.caseForStaff(untouched).deadlineMoves()).isEmpty();
        List<String> audit = jdbc.queryForList(
                "select detail from audit_entry where kind = 'order.deadline-moved' and entity_id = ?",
                String.class,
                orderId.toString());
        assertThat(audit).singleElement().asString().contains("because 2087-03-07 became a holiday");

        // Decided on Monday morning: late by the old deadline, in time by the one in force.
        clock.setTo(china(2087, 3, 10, 9, 30));
        decisions.claim(reviewer, orderId);
        decisions.pass(reviewer, orderId, decisions.find(orderId).version(), null);
        OrderFigures.ReviewDecisions decided =
                figures.providerReviewsDecided(china(2087, 3, 1, 0, 0), china(2087, 3, 31, 0, 0), null);
        assertThat(decided.decided()).isEqualTo(1);
        assertThat(decided.decidedInTime()).isEqualTo(1);
    }

    @Test
    void removingTheHolidayMovesTheDeadlineBackAndTheOverdueCountFollows() {
        clock.setTo(china(2087, 3, 6, 10, 0));
        assertThat(calendarAdmin.add(2087, holiday(FRIDAY), admin.id())).isEmpty();
        UUID orderId = submitted("提前");
        assertThat(decisions.find(orderId).dueAt()).isEqualTo(china(2087, 3, 10, 10, 0));

        clock.setTo(china(2087, 3, 6, 11, 0));
        var entry = calendarAdmin.entries(2087).get(0);
        calendarAdmin.remove(FRIDAY, entry.version(), admin.id());

        assertThat(decisions.find(orderId).dueAt()).isEqualTo(china(2087, 3, 7, 10, 0));
        assertThat(moves.of(orderId))
                .extracting(DeadlineMoveView::cause)
                .containsExactly(DeadlineMoveCause.HOLIDAY_REMOVED);
        long overdueOnSaturday = figures.overdueInProviderSteps(china(2087, 3, 8, 10, 0), null);
        long overdueOnThursday = figures.overdueInProviderSteps(china(2087, 3, 6, 12, 0), null);
        assertThat(overdueOnSaturday - overdueOnThursday)
                .as("overdue from the deadline in force, Friday 10:00")
                .isGreaterThanOrEqualTo(1);
    }

    private UUID submitted(String organiser) {
        var filing = testData.beijingFiling(applicant, "北京" + organiser + "有限公司", TestData.uniqueDomain("mv"));
        return steps.subjectChange(applicant, filing.id()).address("顺延路1号").submitted();
    }

    private static CalendarEntryInput holiday(LocalDate day) {
        return new CalendarEntryInput(day.toString(), "HOLIDAY", "测试假日", "Test holiday", null);
    }

    private static Instant china(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(CHINA).toInstant();
    }
}
