package com.icpportal.province.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.icpportal.province.ApprovedSuffixes;
import com.icpportal.province.CityOverride;
import com.icpportal.province.Division;
import com.icpportal.province.InvalidSettingException;
import com.icpportal.province.PhotoSites;
import com.icpportal.province.ProvinceRules;
import com.icpportal.province.ProvinceRulesChange;
import com.icpportal.province.Provinces;
import com.icpportal.province.ReferenceData;

/**
 * One province's rules for changes, their city overrides and a link to its photo sites. A change
 * applies to orders submitted afterwards; submitted orders keep the rules they copied.
 */
@Controller
class ProvinceRulesController {

    static final String VIEW = "province/province";

    private final Provinces provinces;
    private final ApprovedSuffixes suffixes;
    private final ReferenceData referenceData;
    private final PhotoSites photoSites;

    ProvinceRulesController(
            Provinces provinces, ApprovedSuffixes suffixes, ReferenceData referenceData, PhotoSites photoSites) {
        this.provinces = provinces;
        this.suffixes = suffixes;
        this.referenceData = referenceData;
        this.photoSites = photoSites;
    }

    @GetMapping("/admin/provinces/{code}")
    String initUpdateForm(@PathVariable String code, Model model) {
        ProvinceRules rules = provinces.get(code);
        model.addAttribute("form", ProvinceRulesForm.from(rules));
        return render(rules, false, model);
    }

    @PostMapping("/admin/provinces/{code}")
    String processUpdateForm(
            @PathVariable String code,
            @ModelAttribute("form") ProvinceRulesForm form,
            BindingResult result,
            @AuthenticationPrincipal(expression = "id") UUID actorId,
            Model model,
            RedirectAttributes redirect) {
        ProvinceRules rules = provinces.get(code);
        ProvinceRulesChange change = form.toChange(result);
        try {
            if (result.hasErrors()) {
                AdminForms.bind(provinces.check(code, change), result);
                return render(rules, true, model);
            }
            provinces.update(code, change, form.getVersion(), actorId);
        } catch (InvalidSettingException e) {
            AdminForms.bind(e.problems(), result);
            return render(rules, true, model);
        }
        redirect.addFlashAttribute("notice", "admin.province.saved");
        return "redirect:/admin/provinces/" + code;
    }

    private String render(ProvinceRules rules, boolean failed, Model model) {
        model.addAttribute("province", rules);
        model.addAttribute("hasErrors", failed);
        model.addAttribute("approvedSuffixes", suffixes.all());
        List<CityOverride> overrides = provinces.cityOverrides(rules.code());
        model.addAttribute("overrides", overrides);
        Map<String, Division> cities = referenceData.divisions(
                overrides.stream().map(CityOverride::cityCode).toList());
        model.addAttribute("cities", cities);
        model.addAttribute("photoSiteCount", photoSites.active(rules.code()).size());
        return VIEW;
    }
}
