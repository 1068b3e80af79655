package com.icpportal.changeorder.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.icpportal.changeorder.RefileSettings;

/**
 * The cancel-and-refile path: what cancelling means for the websites, what a new filing needs, and
 * where it is done (the provider's filing service and its contact, from {@link RefileSettings}).
 * Every refusal that says "cancel the filing and file anew" links here.
 */
@Controller
class RefileController {

    static final String VIEW = "changeorder/refile";

    private final RefileSettings settings;

    RefileController(RefileSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/filings/refile")
    String showRefile(Model model) {
        model.addAttribute("refile", settings);
        return VIEW;
    }
}
