package com.icpportal.filing.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import com.icpportal.account.PortalUser;
import com.icpportal.filing.FiledSubject;
import com.icpportal.filing.Filings;
import com.icpportal.filing.SubjectWithHistory;
import com.icpportal.province.Provinces;
import com.icpportal.province.ReferenceData;
import com.icpportal.province.ReferenceItem;

/** The page of one of the applicant's filed subjects, with all its details. (The home page lists them.) */
@Controller
@RequestMapping("/filings")
class ApplicantFilingsController {

    static final String SUBJECT_VIEW = "filing/subject";
    static final String HISTORY_VIEW = "filing/history";

    private final Filings filings;
    private final Provinces provinces;
    private final ReferenceData referenceData;

    ApplicantFilingsController(Filings filings, Provinces provinces, ReferenceData referenceData) {
        this.filings = filings;
        this.provinces = provinces;
        this.referenceData = referenceData;
    }

    @GetMapping("/subjects/{subjectId}")
    String showSubject(@AuthenticationPrincipal PortalUser user, @PathVariable UUID subjectId, Model model) {
        FiledSubject subject = filings.subjectOwnedBy(user.id(), subjectId);
        Set<String> divisionCodes = Stream.of(
                        subject.details().cityCode(), subject.details().districtCode())
                .filter(code -> code != null)
                .collect(Collectors.toSet());
        model.addAttribute("subject", subject);
        model.addAttribute("province", provinces.find(subject.provinceCode()).orElseThrow());
        model.addAttribute("divisions", referenceData.divisions(divisionCodes));
        model.addAttribute("serviceTypes", byCode(referenceData.serviceTypes()));
        model.addAttribute("preApprovalItems", byCode(referenceData.preApprovalItems()));
        return SUBJECT_VIEW;
    }

    /**
     * The filing's history for its applicant: the subject's earlier versions and, per website, its
     * earlier versions and the domains approved changes retired, each with the change that did it.
     */
    @GetMapping("/subjects/{subjectId}/history")
    String showHistory(@AuthenticationPrincipal PortalUser user, @PathVariable UUID subjectId, Model model) {
        // the subject, its versions and each website's versions and retired domains: one statement
        SubjectWithHistory filed = filings.subjectWithHistoryOwnedBy(user.id(), subjectId);
        model.addAttribute("subject", filed.subject());
        model.addAttribute("subjectVersions", filed.subjectVersions());
        model.addAttribute("websiteVersions", filed.websiteVersions());
        model.addAttribute("retiredDomains", filed.retiredDomains());
        return HISTORY_VIEW;
    }

    private static java.util.Map<String, ReferenceItem> byCode(List<ReferenceItem> items) {
        return items.stream().collect(Collectors.toMap(ReferenceItem::code, item -> item));
    }
}
