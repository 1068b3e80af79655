package com.icpportal.filing.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.icpportal.account.PortalUser;
import com.icpportal.filing.DomainRecord;
import com.icpportal.filing.DomainRegistrations;
import com.icpportal.shared.ImportProblem;

/**
 * Domain registration records for reviewers and admins: what registrars say about a domain
 * (registrant, real-name verification, expiry, source). Search, add, edit.
 */
@Controller
@RequestMapping("/review/domains")
class DomainRecordsController {

    static final String LIST_VIEW = "filing/domains";
    static final String FORM_VIEW = "filing/domain-form";
    static final int PAGE_SIZE = 50;

    private final DomainRegistrations registrations;

    DomainRecordsController(DomainRegistrations registrations) {
        this.registrations = registrations;
    }

    @GetMapping
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String after, Model model) {
        SearchPage<DomainRecord> page = SearchPage.of(
                registrations.search(q, after, PAGE_SIZE + 1), PAGE_SIZE, "/review/domains", q, DomainRecord::domain);
        model.addAttribute("q", q);
        model.addAttribute("records", page.rows().stream().map(DomainRow::of).toList());
        model.addAttribute("nextPage", page.nextPage());
        return LIST_VIEW;
    }

    @GetMapping("/new")
    String initCreationForm(Model model) {
        DomainRecordForm form = new DomainRecordForm();
        form.setRealNameVerified("true");
        model.addAttribute("form", form);
        return renderForm(model, null, false);
    }

    @PostMapping("/new")
    String processCreationForm(
            @AuthenticationPrincipal PortalUser user,
            @ModelAttribute("form") DomainRecordForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        List<ImportProblem> problems = registrations.add(form.toInput(), user.id());
        if (!problems.isEmpty()) {
            bind(problems, result);
            return renderForm(model, null, true);
        }
        redirect.addFlashAttribute("notice", "domains.added");
        return "redirect:/review/domains?q="
                + java.net.URLEncoder.encode(form.getDomain().strip(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @GetMapping("/edit")
    String initUpdateForm(@RequestParam String domain, Model model) {
        DomainRecord record = registrations.get(domain);
        model.addAttribute("form", DomainRecordForm.from(record));
        return renderForm(model, record, false);
    }

    @PostMapping("/edit")
    String processUpdateForm(
            @AuthenticationPrincipal PortalUser user,
            @RequestParam String domain,
            @ModelAttribute("form") DomainRecordForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        DomainRecord record = registrations.get(domain);
        List<ImportProblem> problems =
                registrations.update(record.domain(), form.getVersion(), form.toInput(), user.id());
        if (!problems.isEmpty()) {
            form.setDomain(DomainRow.of(record).unicode());
            bind(problems, result);
            return renderForm(model, record, true);
        }
        redirect.addFlashAttribute("notice", "domains.saved");
        return "redirect:/review/domains?q=" + record.domain();
    }

    static void bind(List<ImportProblem> problems, BindingResult result) {
        for (ImportProblem problem : problems) {
            result.rejectValue(problem.column(), problem.messageKey(), problem.arguments(), null);
        }
    }

    private String renderForm(Model model, DomainRecord editing, boolean failed) {
        model.addAttribute("editing", editing == null ? null : DomainRow.of(editing));
        model.addAttribute("hasErrors", failed);
        return FORM_VIEW;
    }
}
