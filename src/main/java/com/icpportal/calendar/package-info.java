/**
 * China's working-day calendar and the deadline arithmetic built on it. The table of public
 * holidays and adjusted working days (调休) is published yearly and kept in the database, not
 * computed; any day not in it is a working day from Monday to Friday. Working hours are set by
 * {@link com.icpportal.calendar.CalendarSettings} and apply in the zone of the portal's clock
 * (Asia/Shanghai). {@link com.icpportal.calendar.WorkingCalendar} is the module's API.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Working-day calendar",
        allowedDependencies = {"account", "shared"})
package com.icpportal.calendar;
