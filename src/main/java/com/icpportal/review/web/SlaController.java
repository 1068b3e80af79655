package com.icpportal.review.web;

import java.time.Clock;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.icpportal.province.Provinces;
import com.icpportal.review.ServiceLevels;

/**
 * The SLA page for reviewers: open orders by state, the overdue ones, and how provider reviews
 * kept the one-workday deadline over the last 30 days; optionally for one province.
 */
@Controller
class SlaController {

    static final String VIEW = "review/sla";

    private final ServiceLevels figures;
    private final Provinces provinces;
    private final Clock clock;

    SlaController(ServiceLevels figures, Provinces provinces, Clock clock) {
        this.figures = figures;
        this.provinces = provinces;
        this.clock = clock;
    }

    @GetMapping("/review/sla")
    String showSla(@RequestParam(required = false) String province, Model model) {
        String provinceCode = province == null
                        || province.isBlank()
                        || provinces.find(province).isEmpty()
                ? null
                : province;
        model.addAttribute("sla", figures.sla(clock.instant(), provinceCode));
        model.addAttribute("provinceList", provinces.all());
        model.addAttribute("province", provinceCode);
        return VIEW;
    }
}
