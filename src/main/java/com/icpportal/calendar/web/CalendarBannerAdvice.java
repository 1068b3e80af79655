package com.icpportal.calendar.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import com.icpportal.calendar.CalendarCoverage;

/**
 * Puts {@code calendarMissingYear} (next year as text, or null) into the model of the admin pages, for the
 * banner fragment {@code calendar/banner :: nextYearMissing}. Other pages pay nothing.
 */
@ControllerAdvice
class CalendarBannerAdvice {

    private final CalendarCoverage coverage;

    CalendarBannerAdvice(CalendarCoverage coverage) {
        this.coverage = coverage;
    }

    @ModelAttribute("calendarMissingYear")
    String calendarMissingYear(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.equals("/admin") && !path.startsWith("/admin/")) {
            return null;
        }
        var missing = coverage.nextYearMissing();
        return missing.isPresent() ? String.valueOf(missing.getAsInt()) : null;
    }
}
