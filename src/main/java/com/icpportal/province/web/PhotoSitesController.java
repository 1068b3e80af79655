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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.icpportal.province.InvalidSettingException;
import com.icpportal.province.PhotoSites;
import com.icpportal.province.ProvinceRules;
import com.icpportal.province.Provinces;

/** A province's designated photo sites: list, add, edit, deactivate. */
@Controller
@RequestMapping("/admin/provinces/{code}/photo-sites")
class PhotoSitesController {

    static final String LIST_VIEW = "province/photo-sites";
    static final String FORM_VIEW = "province/photo-site";

    private final Provinces provinces;
    private final PhotoSites photoSites;

    PhotoSitesController(Provinces provinces, PhotoSites photoSites) {
        this.provinces = provinces;
        this.photoSites = photoSites;
    }

    @GetMapping
    String showSites(@PathVariable String code, Model model) {
        model.addAttribute("province", provinces.get(code));
        model.addAttribute("sites", photoSites.ofProvince(code));
        return LIST_VIEW;
    }

    @GetMapping("/new")
    String initCreationForm(@PathVariable String code, Model model) {
        model.addAttribute("form", new PhotoSiteForm());
        return renderForm(provinces.get(code), null, false, model);
    }

    @PostMapping
    String processCreationForm(
            @PathVariable String code,
            @ModelAttribute("form") PhotoSiteForm form,
            BindingResult result,
            @AuthenticationPrincipal(expression = "id") UUID actorId,
            Model model,
            RedirectAttributes redirect) {
        ProvinceRules province = provinces.get(code);
        try {
            photoSites.add(code, form.toDetails(), actorId);
        } catch (InvalidSettingException e) {
            AdminForms.bind(e.problems(), result);
            return renderForm(province, null, true, model);
        }
        redirect.addFlashAttribute("notice", "admin.photoSites.added");
        return "redirect:/admin/provinces/" + code + "/photo-sites";
    }

    @GetMapping("/{id}")
    String initUpdateForm(@PathVariable String code, @PathVariable UUID id, Model model) {
        model.addAttribute("form", PhotoSiteForm.from(photoSites.get(code, id)));
        return renderForm(provinces.get(code), id, false, model);
    }

    @PostMapping("/{id}")
    String processUpdateForm(
            @PathVariable String code,
            @PathVariable UUID id,
            @ModelAttribute("form") PhotoSiteForm form,
            BindingResult result,
            @AuthenticationPrincipal(expression = "id") UUID actorId,
            Model model,
            RedirectAttributes redirect) {
        ProvinceRules province = provinces.get(code);
        try {
            photoSites.edit(code, id, form.toDetails(), form.getVersion(), actorId);
        } catch (InvalidSettingException e) {
            AdminForms.bind(e.problems(), result);
            return renderForm(province, id, true, model);
        }
        redirect.addFlashAttribute("notice", "admin.photoSites.saved");
        return "redirect:/admin/provinces/" + code + "/photo-sites";
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(
            @PathVariable String code,
            @PathVariable UUID id,
            @RequestParam long version,
            @AuthenticationPrincipal(expression = "id") UUID actorId,
            RedirectAttributes redirect) {
        photoSites.deactivate(code, id, version, actorId);
        redirect.addFlashAttribute("notice", "admin.photoSites.deactivated");
        return "redirect:/admin/provinces/" + code + "/photo-sites";
    }

    private String renderForm(ProvinceRules province, UUID siteId, boolean failed, Model model) {
        model.addAttribute("province", province);
        model.addAttribute("siteId", siteId);
        model.addAttribute("hasErrors", failed);
        return FORM_VIEW;
    }
}
