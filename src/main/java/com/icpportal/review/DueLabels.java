package com.icpportal.review;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import com.icpportal.calendar.WorkingCalendar;

/**
 * Deadlines said the way a reviewer reads a queue: how long overdue in working time, or when due
 * (today, this week by weekday, later by date), in China's time.
 */
@Component
public class DueLabels {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final WorkingCalendar calendar;

    DueLabels(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    public DueLabel label(Instant due, Instant now, Locale locale) {
        return labels(java.util.Arrays.asList(due), now, locale).get(0);
    }

    /** The labels of a whole page (null: no deadline), with one look at the calendar, not one per row. */
    public List<DueLabel> labels(List<Instant> dues, Instant now, Locale locale) {
        List<Instant> known = dues;
        List<Duration> late = calendar.workingTimesUntil(known, now);
        java.util.ArrayList<DueLabel> labels = new java.util.ArrayList<>();
        for (int i = 0; i < known.size(); i++) {
            labels.add(label(known.get(i), late.get(i), now, locale));
        }
        return labels;
    }

    /**
     * The labels of a page whose rows have no deadline for different reasons: a closed order (approved,
     * rejected, withdrawn) says so, an order with the administration says whose turn it is, and only
     * an order waiting for the applicant says it is the applicant's turn.
     */
    public List<DueLabel> labels(
            List<Instant> dues, List<com.icpportal.changeorder.OrderState> states, Instant now, Locale locale) {
        List<DueLabel> labels = new java.util.ArrayList<>(labels(dues, now, locale));
        for (int i = 0; i < labels.size(); i++) {
            if (dues.get(i) == null && states.get(i) != null) {
                labels.set(i, noDeadline(states.get(i)));
            }
        }
        return labels;
    }

    private static DueLabel noDeadline(com.icpportal.changeorder.OrderState state) {
        if (state.isTerminal()) {
            return new DueLabel("queue.due.closed." + state.name(), List.of(), false);
        }
        return switch (state) {
            case SMS_VERIFICATION, AUTHORITY_REVIEW -> new DueLabel("queue.due.administration", List.of(), false);
            default -> new DueLabel("queue.due.none", List.of(), false);
        };
    }

    private DueLabel label(Instant due, Duration late, Instant now, Locale locale) {
        if (due == null) {
            return new DueLabel("queue.due.none", List.of(), false);
        }
        if (due.isBefore(now)) {
            return late.toHours() >= 1
                    ? new DueLabel("queue.due.overdueHours", List.of(late.toHours()), true)
                    : new DueLabel("queue.due.overdueMinutes", List.of(Math.max(1, late.toMinutes())), true);
        }
        ZonedDateTime at = due.atZone(calendar.zone());
        LocalDate today = now.atZone(calendar.zone()).toLocalDate();
        String time = TIME.format(at);
        if (at.toLocalDate().equals(today)) {
            return new DueLabel("queue.due.today", List.of(time), false);
        }
        if (at.toLocalDate().isBefore(today.plusDays(7))) {
            return new DueLabel(
                    "queue.due.weekday",
                    List.of(at.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale), time),
                    false);
        }
        return new DueLabel("queue.due.date", List.of(at.toLocalDate().toString(), time), false);
    }
}
