package com.icpportal.province.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.icpportal.province.Provinces;

/** The admins' landing page: the provinces and their rules, read-only for now. */
@Controller
class AdminLandingController {

    static final String VIEW = "province/admin-landing";

    private final Provinces provinces;

    AdminLandingController(Provinces provinces) {
        this.provinces = provinces;
    }

    @GetMapping("/admin")
    String showLanding(Model model) {
        model.addAttribute("provinces", provinces.all());
        return VIEW;
    }
}
