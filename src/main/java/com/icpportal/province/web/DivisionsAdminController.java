package com.icpportal.province.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.icpportal.province.DivisionAdmin;
import com.icpportal.shared.ImportProblem;
import com.icpportal.shared.TextUpload;

/**
 * The administrative divisions: how many are kept, the abolished ones, and importing a list of
 * divisions (new, renamed, abolished) checked whole, as the Ministry of Civil Affairs publishes changes.
 */
@Controller
@RequestMapping("/admin/divisions")
class DivisionsAdminController {

    static final String VIEW = "province/divisions";
    /** The whole GB/T 2260 list is about 3,300 rows (some 120 KB); a file far larger is not a division list. */
    static final long MAX_FILE_BYTES = 1024 * 1024;

    private final DivisionAdmin divisions;
    private final MessageSource messages;

    DivisionsAdminController(DivisionAdmin divisions, MessageSource messages) {
        this.divisions = divisions;
        this.messages = messages;
    }

    @GetMapping
    String showDivisions(Model model) {
        return render(model);
    }

    @PostMapping("/import")
    String importDivisions(
            @AuthenticationPrincipal(expression = "id") UUID actorId,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        TextUpload.Result upload = TextUpload.read(file, MAX_FILE_BYTES);
        List<ImportProblem> problems;
        if (!upload.ok()) {
            problems = List.of(new ImportProblem(0, null, upload.problemKey(), upload.problemArguments()));
        } else {
            DivisionAdmin.ImportOutcome outcome = divisions.importList(upload.text(), actorId);
            if (outcome.ok()) {
                redirect.addFlashAttribute("notice", "divisions.imported");
                redirect.addFlashAttribute(
                        "noticeArguments", new Object[] {outcome.added(), outcome.changed(), outcome.abolished()});
                return "redirect:/admin/divisions";
            }
            problems = outcome.problems();
        }
        model.addAttribute(
                "importErrors",
                problems.stream().map(problem -> describe(problem, locale)).toList());
        model.addAttribute("fileName", file == null ? null : file.getOriginalFilename());
        model.addAttribute("hasErrors", true);
        return render(model);
    }

    private String describe(ImportProblem problem, Locale locale) {
        String message = messages.getMessage(problem.messageKey(), problem.arguments(), locale);
        if (problem.row() == 0) {
            return message;
        }
        return messages.getMessage("divisions.import.rowProblem", new Object[] {problem.row(), message}, locale);
    }

    private String render(Model model) {
        model.addAttribute("counts", divisions.counts());
        model.addAttribute("abolished", divisions.abolished());
        return VIEW;
    }
}
