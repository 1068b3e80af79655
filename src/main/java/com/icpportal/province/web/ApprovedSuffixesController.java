package com.icpportal.province.web;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.icpportal.province.ApprovedSuffixView;
import com.icpportal.province.ApprovedSuffixes;
import com.icpportal.province.InvalidSettingException;

/** The approved domain suffixes: list, add, remove (new proposals only; filed domains stay). */
@Controller
@RequestMapping("/admin/suffixes")
class ApprovedSuffixesController {

    static final String VIEW = "province/suffixes";

    private final ApprovedSuffixes suffixes;

    ApprovedSuffixesController(ApprovedSuffixes suffixes) {
        this.suffixes = suffixes;
    }

    @GetMapping
    String showSuffixes(Model model) {
        model.addAttribute("form", new SuffixForm());
        return render(false, model);
    }

    @PostMapping
    String addSuffix(
            @ModelAttribute("form") SuffixForm form,
            BindingResult result,
            @AuthenticationPrincipal(expression = "id") UUID actorId,
            Model model,
            RedirectAttributes redirect) {
        ApprovedSuffixView added;
        try {
            added = suffixes.add(form.getSuffix(), actorId);
        } catch (InvalidSettingException e) {
            AdminForms.bind(e.problems(), result);
            return render(true, model);
        }
        redirect.addFlashAttribute("notice", "admin.suffixes.added");
        redirect.addFlashAttribute("noticeArgument", "." + added.unicode());
        return "redirect:/admin/suffixes";
    }

    @PostMapping("/{suffix}/remove")
    String removeSuffix(
            @PathVariable String suffix,
            @AuthenticationPrincipal(expression = "id") UUID actorId,
            RedirectAttributes redirect) {
        suffixes.remove(suffix, actorId);
        redirect.addFlashAttribute("notice", "admin.suffixes.removed");
        redirect.addFlashAttribute("noticeArgument", "." + java.net.IDN.toUnicode(suffix));
        return "redirect:/admin/suffixes";
    }

    private String render(boolean failed, Model model) {
        model.addAttribute("suffixes", suffixes.all());
        model.addAttribute("hasErrors", failed);
        return VIEW;
    }
}
