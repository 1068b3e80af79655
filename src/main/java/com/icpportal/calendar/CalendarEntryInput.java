package com.icpportal.calendar;

/**
 * A calendar entry as an admin typed it or a file holds it, not yet checked.
 *
 * @param date   ISO date, like 2027-01-01
 * @param kind   HOLIDAY or WORKDAY (any case)
 * @param name   the name as published, required
 * @param nameEn an English name, optional
 * @param notice a link to the official notice (http or https), optional
 */
public record CalendarEntryInput(String date, String kind, String name, String nameEn, String notice) {}
