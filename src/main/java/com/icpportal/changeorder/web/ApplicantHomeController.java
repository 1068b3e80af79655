package com.icpportal.changeorder.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import com.icpportal.account.PortalUser;
import com.icpportal.changeorder.ApplicantOrderPages;
import com.icpportal.changeorder.ChangeOrders;
import com.icpportal.changeorder.HomeEligibility;
import com.icpportal.filing.FiledSubject;
import com.icpportal.filing.FiledWebsite;
import com.icpportal.filing.Filings;
import com.icpportal.province.Provinces;

/**
 * The applicant's home: their filed subjects and websites, each with "Modify" where a change may
 * start and the reasons where it may not (never a button that silently disappears), and the open
 * orders with their state and next deadline.
 */
@Controller
@ApplicantOrderPages
class ApplicantHomeController {

    static final String VIEW = "changeorder/home";
    static final int PAGE_SIZE = 20;

    private final Filings filings;
    private final Provinces provinces;
    private final ChangeOrders changeOrders;
    private final EligibilityTexts texts;

    ApplicantHomeController(Filings filings, Provinces provinces, ChangeOrders changeOrders, EligibilityTexts texts) {
        this.filings = filings;
        this.provinces = provinces;
        this.changeOrders = changeOrders;
        this.texts = texts;
    }

    // One read-only transaction for the page: the services it calls join it instead of each
    // opening its own (one connection checkout, one BEGIN/COMMIT, one persistence context).
    @Transactional(readOnly = true)
    @GetMapping("/filings")
    String showHome(
            @AuthenticationPrincipal PortalUser user,
            @RequestParam(required = false) String after,
            Model model,
            Locale locale) {
        // One page of subjects (keyset by ICP number): an applicant with thousands of filings gets
        // a page of the same size as one with three, and "Next page" for the rest.
        List<FiledSubject> found = filings.subjectsOwnedBy(user.id(), after, PAGE_SIZE + 1);
        List<FiledSubject> subjects = found.size() > PAGE_SIZE ? found.subList(0, PAGE_SIZE) : found;
        HomeEligibility eligibility = changeOrders.eligibilityOf(subjects);
        Map<UUID, List<ReasonText>> reasons = new HashMap<>();
        for (FiledSubject subject : subjects) {
            reasons.put(subject.id(), texts.describe(eligibility.subject(subject.id()), locale));
            for (FiledWebsite website : subject.websites()) {
                reasons.put(website.id(), texts.describe(eligibility.website(website.id()), locale));
            }
        }
        model.addAttribute("subjects", subjects);
        model.addAttribute("provinces", provinces.byCode());
        model.addAttribute("reasons", reasons);
        model.addAttribute("openOrders", eligibility.openOrders());
        model.addAttribute(
                "nextPage",
                found.size() > PAGE_SIZE
                        ? UriComponentsBuilder.fromPath("/filings")
                                .queryParam("after", subjects.get(PAGE_SIZE - 1).icpNumber())
                                .build()
                                .encode()
                                .toUriString()
                        : null);
        model.addAttribute("firstPage", after == null || after.isEmpty());
        return VIEW;
    }
}
