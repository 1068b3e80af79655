package com.icpportal.changeorder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.icpportal.calendar.CalendarEvents.CalendarDayAdded;
import com.icpportal.calendar.CalendarEvents.CalendarDayRemoved;
import com.icpportal.calendar.CalendarEvents.CalendarYearImported;
import com.icpportal.calendar.DayKind;
import com.icpportal.calendar.WorkingCalendar;
import com.icpportal.changeorder.internal.StateSql;

/**
 * Moves the deadlines of open steps when admins change the calendar. A step's deadline is counted
 * in working days from when it started; a holiday added (or a working day added, or either removed)
 * between that start and the deadline changes the count, so the deadline is computed again from the
 * calendar now in force. It runs in the admin's transaction (a synchronous listener): the calendar
 * row, the moved deadlines, their timeline rows and audit rows commit or roll back together.
 * <p>
 * The deadline in force is kept where everything reads it: on the order (queue, due labels, overdue
 * events) and on the transition that entered the step (SLA figures judge a decision by it). The
 * order's version goes up, so a reviewer holding the order as it was gets a conflict instead of
 * writing the old deadline back.
 */
@Service
public class DeadlineMoves {

    /** The steps whose deadline is counted in working days (the SMS window is 48 clock hours). */
    static final Set<OrderState> CALENDAR_STEPS = EnumSet.of(
            OrderState.PROVIDER_REVIEW,
            OrderState.VERIFICATION_REVIEW,
            OrderState.AWAITING_SUBMISSION,
            OrderState.AUTHORITY_REVIEW);

    /** The provider's steps take one working day (ChangeOrders, ProviderDecisions). */
    static final int PROVIDER_STEP_WORKDAYS = 1;

    // The step's window [start, deadline] touches the changed days [from, to).
    private static final String TOUCHED = """
            select o.id, o.reference, o.state, o.due_at, o.rules_review_max_workdays,
                   entered.id as transition_id, entered.occurred_at
              from change_order o
              join lateral (select t.id, t.occurred_at from change_order_transition t
                             where t.order_id = o.id and t.to_state = o.state
                             order by t.occurred_at desc limit 1) entered on true
             where %s
               and o.due_at >= :from
               and entered.occurred_at < :to
             order by o.due_at, o.id""".formatted(StateSql.in("o.state", CALENDAR_STEPS));

    private final NamedParameterJdbcTemplate jdbc;
    private final WorkingCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeadlineMoves(
            NamedParameterJdbcTemplate jdbc, WorkingCalendar calendar, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(CalendarDayAdded added) {
        moveTouched(
                added.day(),
                added.day().plusDays(1),
                added.kind() == DayKind.HOLIDAY ? DeadlineMoveCause.HOLIDAY_ADDED : DeadlineMoveCause.WORKDAY_ADDED,
                added.day(),
                added.actorId());
    }

    @EventListener
    void on(CalendarDayRemoved removed) {
        moveTouched(
                removed.day(),
                removed.day().plusDays(1),
                removed.kind() == DayKind.HOLIDAY
                        ? DeadlineMoveCause.HOLIDAY_REMOVED
                        : DeadlineMoveCause.WORKDAY_REMOVED,
                removed.day(),
                removed.actorId());
    }

    @EventListener
    void on(CalendarYearImported imported) {
        LocalDate first = LocalDate.of(imported.year(), 1, 1);
        moveTouched(first, first.plusYears(1), DeadlineMoveCause.YEAR_IMPORTED, first, imported.actorId());
    }

    /** The deadline moves of an order, oldest first, for its timeline. */
    @Transactional(readOnly = true)
    public List<DeadlineMoveView> of(UUID orderId) {
        return jdbc.query(
                """
                select moved_at, state, from_due, to_due, cause, cause_day from change_order_deadline_move
                 where order_id = :order order by moved_at, id""",
                new MapSqlParameterSource("order", orderId),
                (rs, row) -> new DeadlineMoveView(
                        rs.getObject("moved_at", OffsetDateTime.class).toInstant(),
                        OrderState.valueOf(rs.getString("state")),
                        rs.getObject("from_due", OffsetDateTime.class).toInstant(),
                        rs.getObject("to_due", OffsetDateTime.class).toInstant(),
                        DeadlineMoveCause.valueOf(rs.getString("cause")),
                        rs.getObject("cause_day", LocalDate.class)));
    }

    /**
     * Computes again the deadline of every open calendar-counted step whose window touches the days
     * {@code [fromDay, toDay)} and moves those that changed.
     *
     * @return the moves made
     */
    @Transactional
    public List<DeadlineMoved> moveTouched(
            LocalDate fromDay, LocalDate toDay, DeadlineMoveCause cause, LocalDate causeDay, UUID actorId) {
        List<Step> touched = jdbc.query(
                TOUCHED,
                new MapSqlParameterSource()
                        .addValue("from", fromDay.atStartOfDay(calendar.zone()).toOffsetDateTime())
                        .addValue("to", toDay.atStartOfDay(calendar.zone()).toOffsetDateTime()),
                (rs, row) -> new Step(
                        rs.getObject("id", UUID.class),
                        rs.getString("reference"),
                        OrderState.valueOf(rs.getString("state")),
                        rs.getObject("due_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("transition_id", UUID.class),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        workdays(OrderState.valueOf(rs.getString("state")), rs.getInt("rules_review_max_workdays"))));
        if (touched.isEmpty()) {
            return List.of();
        }
        List<Instant> due = calendar.deadlines(
                touched.stream().map(Step::started).toList(),
                touched.stream().map(Step::workdays).toList());
        Instant now = clock.instant();
        List<DeadlineMoved> moved = new ArrayList<>();
        for (int i = 0; i < touched.size(); i++) {
            Step step = touched.get(i);
            Instant newDue = due.get(i);
            if (!newDue.equals(step.due()) && move(step, newDue, cause, causeDay, actorId, now)) {
                moved.add(new DeadlineMoved(
                        step.orderId(), step.reference(), step.state(), step.due(), newDue, cause, causeDay, actorId));
            }
        }
        moved.forEach(events::publishEvent);
        return moved;
    }

    private boolean move(Step step, Instant newDue, DeadlineMoveCause cause, LocalDate day, UUID actorId, Instant now) {
        int updated = jdbc.update(
                """
                update change_order set due_at = :to, version = version + 1
                 where id = :order and state = :state and due_at = :from""",
                new MapSqlParameterSource()
                        .addValue("order", step.orderId())
                        .addValue("state", step.state().name())
                        .addValue("from", utc(step.due()))
                        .addValue("to", utc(newDue)));
        if (updated == 0) {
            // Decided meanwhile: the next step got its own deadline from the calendar now in force.
            return false;
        }
        jdbc.update(
                "update change_order_transition set due_at = :to where id = :transition",
                new MapSqlParameterSource().addValue("to", utc(newDue)).addValue("transition", step.transitionId()));
        jdbc.update(
                """
                insert into change_order_deadline_move (id, order_id, state, moved_at, from_due, to_due, cause, cause_day, actor_id)
                values (:id, :order, :state, :now, :from, :to, :cause, :day, :actor)""",
                new MapSqlParameterSource()
                        .addValue("id", UUID.randomUUID())
                        .addValue("order", step.orderId())
                        .addValue("state", step.state().name())
                        .addValue("now", utc(now))
                        .addValue("from", utc(step.due()))
                        .addValue("to", utc(newDue))
                        .addValue("cause", cause.name())
                        .addValue("day", day)
                        .addValue("actor", actorId));
        return true;
    }

    private static int workdays(OrderState state, int reviewMaxWorkdays) {
        return state == OrderState.AUTHORITY_REVIEW ? reviewMaxWorkdays : PROVIDER_STEP_WORKDAYS;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private record Step(
            UUID orderId,
            String reference,
            OrderState state,
            Instant due,
            UUID transitionId,
            Instant started,
            int workdays) {}
}
