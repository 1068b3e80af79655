package com.icpportal.calendar.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.icpportal.account.PortalUser;
import com.icpportal.calendar.CalendarAdmin;
import com.icpportal.calendar.CalendarCoverage;
import com.icpportal.calendar.CalendarEntry;
import com.icpportal.calendar.DayKind;
import com.icpportal.shared.ImportProblem;
import com.icpportal.shared.TextUpload;

/**
 * The calendar table per year: the holidays and adjusted working days, adding and removing one,
 * and replacing the year from a JSON (holiday-cn) or CSV file. Deadlines use every change at once.
 */
@Controller
@RequestMapping("/admin/calendar")
class CalendarAdminController {

    static final String VIEW = "calendar/admin";
    /** A year of the table is a few dozen rows; a file far larger is not a calendar. */
    static final long MAX_FILE_BYTES = 256 * 1024;

    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private final CalendarAdmin calendar;
    private final CalendarCoverage coverage;
    private final MessageSource messages;

    CalendarAdminController(CalendarAdmin calendar, CalendarCoverage coverage, MessageSource messages) {
        this.calendar = calendar;
        this.coverage = coverage;
        this.messages = messages;
    }

    @GetMapping
    String showYear(@RequestParam(required = false) String year, Model model) {
        int shown = year(year);
        if (!model.containsAttribute("form")) {
            CalendarEntryForm form = new CalendarEntryForm();
            form.setDate(shown + "-");
            model.addAttribute("form", form);
        }
        return render(shown, model, false);
    }

    @PostMapping("/days")
    String addDay(
            @AuthenticationPrincipal PortalUser user,
            @RequestParam(required = false) String year,
            @ModelAttribute("form") CalendarEntryForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        int shown = year(year);
        List<ImportProblem> problems = calendar.add(shown, form.toInput(), user.id());
        if (!problems.isEmpty()) {
            for (ImportProblem problem : problems) {
                result.rejectValue(problem.column(), problem.messageKey(), problem.arguments(), null);
            }
            return render(shown, model, true);
        }
        redirect.addFlashAttribute("notice", "calendar.added");
        return "redirect:/admin/calendar?year=" + shown;
    }

    /** Asks before removing: a removed entry changes which days count as working days, and so deadlines. */
    @GetMapping("/days/{day}/remove")
    String confirmRemoval(
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam long version,
            Model model) {
        CalendarEntry entry = calendar.entries(day.getYear()).stream()
                .filter(candidate -> candidate.day().equals(day) && candidate.version() == version)
                .findFirst()
                .orElseThrow(() ->
                        new org.springframework.orm.ObjectOptimisticLockingFailureException(CalendarEntry.class, day));
        model.addAttribute("entry", entry);
        return "calendar/remove";
    }

    @PostMapping("/days/{day}/remove")
    String removeDay(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam long version,
            RedirectAttributes redirect) {
        calendar.remove(day, version, user.id());
        redirect.addFlashAttribute("notice", "calendar.removed");
        return "redirect:/admin/calendar?year=" + day.getYear();
    }

    @PostMapping("/import")
    String importYear(
            @AuthenticationPrincipal PortalUser user,
            @RequestParam(required = false) String year,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        int shown = year(year);
        TextUpload.Result upload = TextUpload.read(file, MAX_FILE_BYTES);
        List<ImportProblem> problems;
        if (!upload.ok()) {
            problems = List.of(new ImportProblem(0, null, upload.problemKey(), upload.problemArguments()));
        } else {
            CalendarAdmin.ImportOutcome outcome = calendar.importYear(shown, upload.text(), user.id());
            if (outcome.ok()) {
                redirect.addFlashAttribute("notice", "calendar.imported");
                redirect.addFlashAttribute(
                        "noticeArguments",
                        new Object[] {outcome.imported(), String.valueOf(shown), outcome.replaced()});
                return "redirect:/admin/calendar?year=" + shown;
            }
            problems = outcome.problems();
        }
        model.addAttribute("form", new CalendarEntryForm());
        model.addAttribute(
                "importErrors",
                problems.stream().map(problem -> describe(problem, locale)).toList());
        model.addAttribute("fileName", file == null ? null : file.getOriginalFilename());
        return render(shown, model, true);
    }

    private String describe(ImportProblem problem, Locale locale) {
        String message = messages.getMessage(problem.messageKey(), problem.arguments(), locale);
        if (problem.row() == 0) {
            return message;
        }
        return messages.getMessage("calendar.import.rowProblem", new Object[] {problem.row(), message}, locale);
    }

    private String render(int year, Model model, boolean failed) {
        // as text: message formats would print 2,027
        model.addAttribute("year", String.valueOf(year));
        model.addAttribute("previousYear", String.valueOf(year - 1));
        model.addAttribute("nextYear", String.valueOf(year + 1));
        model.addAttribute("entries", calendar.entries(year));
        model.addAttribute("kinds", DayKind.values());
        model.addAttribute("hasErrors", failed);
        return VIEW;
    }

    private int year(String requested) {
        if (requested != null && requested.strip().matches("\\d{4}")) {
            int year = Integer.parseInt(requested.strip());
            if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                return year;
            }
        }
        return coverage.currentYear();
    }
}
