package com.icpportal.review.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.icpportal.filing.Filings;
import com.icpportal.province.Provinces;

/** The reviewers' landing page: filed subjects per province. */
@Controller
class ReviewLandingController {

    static final String VIEW = "review/landing";

    private final Filings filings;
    private final Provinces provinces;

    ReviewLandingController(Filings filings, Provinces provinces) {
        this.filings = filings;
        this.provinces = provinces;
    }

    @GetMapping("/review")
    String showLanding(Model model) {
        model.addAttribute("counts", filings.activeSubjectsByProvince());
        model.addAttribute("provinces", provinces.byCode());
        return VIEW;
    }
}
