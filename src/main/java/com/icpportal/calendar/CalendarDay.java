package com.icpportal.calendar;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A day that differs from the Monday-to-Friday rule: a holiday, or a weekend day that is worked. */
@Entity
@Table(name = "calendar_day")
class CalendarDay {

    @Id
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String nameZh;

    private String nameEn;

    protected CalendarDay() {
    }

    LocalDate day() {
        return day;
    }

    Kind kind() {
        return kind;
    }

    enum Kind {
        /** A day off of a public holiday period, weekend days inside the period included. */
        HOLIDAY,
        /** A Saturday or Sunday that is a working day (调休). */
        WORKDAY
    }
}
