package com.icpportal.calendar;

/** How a day of the calendar table differs from the Monday-to-Friday rule. */
public enum DayKind {
    /** A day off of a public holiday period, weekend days inside the period included. */
    HOLIDAY,
    /** A Saturday or Sunday that is a working day (调休). */
    WORKDAY
}
