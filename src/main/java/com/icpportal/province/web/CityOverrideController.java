package com.icpportal.province.web;

import java.util.List;
import java.util.Locale;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.icpportal.province.InvalidSettingException;
import com.icpportal.province.ProvinceRules;
import com.icpportal.province.Provinces;
import com.icpportal.province.ReferenceData;

/** A city's own word on changes within its province: add, edit, remove. */
@Controller
@RequestMapping("/admin/provinces/{code}/cities")
class CityOverrideController {

    static final String VIEW = "province/city-override";

    private final Provinces provinces;
    private final ReferenceData referenceData;

    CityOverrideController(Provinces provinces, ReferenceData referenceData) {
        this.provinces = provinces;
        this.referenceData = referenceData;
    }

    @GetMapping("/new")
    String initCreationForm(@PathVariable String code, Model model, Locale locale) {
        model.addAttribute("form", new CityOverrideForm());
        return render(provinces.get(code), false, false, model, locale);
    }

    @PostMapping
    String processCreationForm(
            @PathVariable String code,
            @ModelAttribute("form") CityOverrideForm form,
            BindingResult result,
            @AuthenticationPrincipal(expression = "id") UUID actorId,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        form.setVersion(null);
        return save(code, form, result, actorId, false, model, locale, redirect);
    }

    @GetMapping("/{cityCode}")
    String initUpdateForm(@PathVariable String code, @PathVariable String cityCode, Model model, Locale locale) {
        model.addAttribute("form", CityOverrideForm.from(provinces.cityOverride(code, cityCode)));
        return render(provinces.get(code), true, false, model, locale);
    }

    @PostMapping("/{cityCode}")
    String processUpdateForm(
            @PathVariable String code,
            @PathVariable String cityCode,
            @ModelAttribute("form") CityOverrideForm form,
            BindingResult result,
            @AuthenticationPrincipal(expression = "id") UUID actorId,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        provinces.cityOverride(code, cityCode);
        form.setCityCode(cityCode);
        if (form.getVersion() == null) {
            // an edit without the version it was loaded at cannot be checked: treat it as stale
            form.setVersion(-1L);
        }
        return save(code, form, result, actorId, true, model, locale, redirect);
    }

    @PostMapping("/{cityCode}/remove")
    String remove(
            @PathVariable String code,
            @PathVariable String cityCode,
            @RequestParam long version,
            @AuthenticationPrincipal(expression = "id") UUID actorId,
            RedirectAttributes redirect) {
        provinces.removeCityOverride(code, cityCode, version, actorId);
        redirect.addFlashAttribute("notice", "admin.cities.removed");
        return "redirect:/admin/provinces/" + code;
    }

    private String save(
            String code,
            CityOverrideForm form,
            BindingResult result,
            UUID actorId,
            boolean editing,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        ProvinceRules province = provinces.get(code);
        try {
            provinces.saveCityOverride(
                    code,
                    form.getCityCode(),
                    CityOverrideForm.allowed(form.getSubjectChange()),
                    CityOverrideForm.allowed(form.getWebsiteChange()),
                    form.getNote(),
                    form.getVersion(),
                    actorId);
        } catch (InvalidSettingException e) {
            AdminForms.bind(e.problems(), result);
            return render(province, editing, true, model, locale);
        }
        redirect.addFlashAttribute("notice", "admin.cities.saved");
        return "redirect:/admin/provinces/" + code;
    }

    private String render(ProvinceRules province, boolean editing, boolean failed, Model model, Locale locale) {
        model.addAttribute("province", province);
        model.addAttribute("editing", editing);
        model.addAttribute("hasErrors", failed);
        List<Choice> cities = referenceData.children(province.code()).stream()
                .map(city -> new Choice(city.code(), city.name().in(locale) + " (" + city.code() + ")"))
                .toList();
        model.addAttribute("cityOptions", cities);
        return VIEW;
    }
}
