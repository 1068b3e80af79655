package com.icpportal.authority.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import com.icpportal.authority.AuthoritySettings;
import com.icpportal.changeorder.ApplicantOrderPages;

/**
 * Gives the applicant's order pages the link to the simulated administration's verification page
 * while the simulated gateway is in use (the change-order module knows nothing of gateways; its page controllers carry
 * {@link ApplicantOrderPages}).
 */
@ControllerAdvice(annotations = ApplicantOrderPages.class)
class SimulatedSmsLinkAdvice {

    private final AuthoritySettings settings;

    SimulatedSmsLinkAdvice(AuthoritySettings settings) {
        this.settings = settings;
    }

    @ModelAttribute("simulatedSmsPage")
    String simulatedSmsPage() {
        return settings.simulated() ? SimulatedAdministrationController.PATH : null;
    }
}
