package com.icpportal.filing.web;

import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.icpportal.account.PortalUser;
import com.icpportal.filing.FilingImport;
import com.icpportal.shared.ImportProblem;
import com.icpportal.shared.TextUpload;

/**
 * Importing existing filings from a CSV file: all or nothing, with a report of every problem by
 * row and column in the reader's language.
 */
@Controller
@RequestMapping("/admin/filings/import")
class FilingImportController {

    static final String VIEW = "filing/admin-import";
    /** About ten thousand websites; larger files are split. */
    static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    private final FilingImport filingImport;

    FilingImportController(FilingImport filingImport) {
        this.filingImport = filingImport;
    }

    @GetMapping
    String showForm(Model model) {
        return render(model, null, null);
    }

    @PostMapping
    String importFile(
            @AuthenticationPrincipal PortalUser user,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect) {
        String fileName = file == null ? null : file.getOriginalFilename();
        TextUpload.Result upload = TextUpload.read(file, MAX_FILE_BYTES);
        if (!upload.ok()) {
            return render(
                    model,
                    List.of(new ImportProblem(0, null, upload.problemKey(), upload.problemArguments())),
                    fileName);
        }
        FilingImport.Outcome outcome;
        try {
            outcome = filingImport.importCsv(upload.text(), fileName, user.id());
        } catch (DataIntegrityViolationException e) {
            // another import or registration took a number or domain between the check and the insert
            return render(model, List.of(new ImportProblem(0, null, "filingImport.problem.conflict")), fileName);
        }
        if (!outcome.ok()) {
            return render(model, outcome.problems(), fileName);
        }
        redirect.addFlashAttribute("notice", "filingImport.done");
        redirect.addFlashAttribute("noticeArguments", new Object[] {outcome.subjects(), outcome.websites(), fileName});
        return "redirect:/admin/filings";
    }

    private String render(Model model, List<ImportProblem> problems, String fileName) {
        model.addAttribute("columns", FilingImport.COLUMNS);
        model.addAttribute("problems", problems);
        model.addAttribute("fileName", fileName);
        model.addAttribute("hasErrors", problems != null);
        return VIEW;
    }
}
