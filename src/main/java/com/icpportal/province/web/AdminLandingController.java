package com.icpportal.province.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.icpportal.province.Provinces;

/** The admin console's home: the areas admins look after, and the provinces with their key rules. */
@Controller
class AdminLandingController {

    static final String VIEW = "province/admin-landing";

    /** The admin areas, each a link and a message key prefix (title and description). */
    static final List<AdminArea> AREAS = List.of(
            new AdminArea("/admin/suffixes", "admin.area.suffixes"),
            new AdminArea("/review/domains", "admin.area.domains"),
            new AdminArea("/admin/calendar", "admin.area.calendar"),
            new AdminArea("/admin/divisions", "admin.area.divisions"),
            new AdminArea("/admin/filings", "admin.area.filings"),
            new AdminArea("/admin/accounts", "admin.area.accounts"),
            new AdminArea("/admin/audit", "admin.area.audit"),
            new AdminArea("/admin/outbox", "admin.area.outbox"));

    private final Provinces provinces;

    AdminLandingController(Provinces provinces) {
        this.provinces = provinces;
    }

    @GetMapping("/admin")
    String showLanding(Model model) {
        model.addAttribute("areas", AREAS);
        model.addAttribute("provinces", provinces.all());
        return VIEW;
    }

    /** A link on the console's home: where it goes and the prefix of its title and description keys. */
    public record AdminArea(String path, String messagePrefix) {}
}
