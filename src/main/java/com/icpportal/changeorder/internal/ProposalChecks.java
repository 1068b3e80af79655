package com.icpportal.changeorder.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.icpportal.changeorder.ChangeType;
import com.icpportal.changeorder.ImmutableFieldException;
import com.icpportal.changeorder.ValidationResult;
import com.icpportal.filing.DomainRegistrations;
import com.icpportal.filing.FiledSubject;
import com.icpportal.filing.Filings;
import com.icpportal.filing.Principal;
import com.icpportal.filing.SubjectDetails;
import com.icpportal.province.ProvinceRules;
import com.icpportal.province.Provinces;
import com.icpportal.province.ReferenceData;
import com.icpportal.province.ReferenceItem;
import com.icpportal.values.DomainName;

/**
 * Gathers what the validator needs from the other modules, and refuses changes to what may never
 * change (province, subject type, subject certificate).
 */
@Component
public class ProposalChecks {

    private final Filings filings;
    private final Provinces provinces;
    private final ReferenceData referenceData;
    private final DomainRegistrations domainRegistrations;
    private final Clock clock;

    ProposalChecks(
            Filings filings,
            Provinces provinces,
            ReferenceData referenceData,
            DomainRegistrations domainRegistrations,
            Clock clock) {
        this.filings = filings;
        this.provinces = provinces;
        this.referenceData = referenceData;
        this.domainRegistrations = domainRegistrations;
        this.clock = clock;
    }

    /** Refuses a proposed subject that changes the province, the subject type or the certificate. */
    public static void requireUnchangeable(FiledSubject filing, SubjectDetails proposed) {
        SubjectDetails current = filing.details();
        if (proposed.subjectType() != current.subjectType()) {
            throw new ImmutableFieldException("subject.subjectType");
        }
        if (proposed.certificateType() != current.certificateType()
                || !normalised(proposed.certificateNumber()).equals(normalised(current.certificateNumber()))) {
            throw new ImmutableFieldException("subject.certificateNumber");
        }
        // Only a real division code of another province is a move; a city left unchosen or a garbled
        // value is a message at the city field (ProposalValidator), not a refusal.
        String city = proposed.cityCode();
        if (city != null
                && city.matches("\\d{6}")
                && !city.startsWith(filing.provinceCode().substring(0, 2))) {
            throw new ImmutableFieldException("subject.provinceCode");
        }
    }

    /** The order's whole proposal, as saved. */
    public ValidationResult validate(ChangeOrder order, FiledSubject filing) {
        return validate(
                order.type(),
                order.proposedSubject(),
                order.websiteId(),
                order.proposedWebsite(),
                order.proposedDomains(),
                filing,
                null);
    }

    /** The same for an order read as a view (the order pages read it without the aggregate). */
    public ValidationResult validate(com.icpportal.changeorder.ChangeOrderView order, FiledSubject filing) {
        return validate(order, filing, null);
    }

    /**
     * The same with the subject's earlier versions already read (the case page reads them with the
     * subject), so that they are not read again for the organiser's former names; null: not read.
     */
    public ValidationResult validate(
            com.icpportal.changeorder.ChangeOrderView order,
            FiledSubject filing,
            List<com.icpportal.filing.SubjectVersion> subjectHistory) {
        return validate(
                order.type(),
                order.proposedSubject(),
                order.websiteId(),
                order.proposedWebsite(),
                order.proposedDomains(),
                filing,
                subjectHistory);
    }

    private ValidationResult validate(
            ChangeType type,
            com.icpportal.filing.SubjectDetails proposedSubject,
            java.util.UUID websiteId,
            com.icpportal.filing.WebsiteDetails proposedWebsite,
            List<String> proposedDomains,
            FiledSubject filing,
            List<com.icpportal.filing.SubjectVersion> subjectHistory) {
        if (type == ChangeType.SUBJECT_CHANGE) {
            return validateSubject(filing, proposedSubject, subjectHistory);
        }
        List<String> domains =
                proposedDomains.stream().map(ProposalChecks::unicodeOrSelf).toList();
        return validateWebsite(websiteId, filing, proposedWebsite, domains, subjectHistory);
    }

    /** A website proposal as typed, before it is saved: the same rules. */
    public ValidationResult validateWebsite(
            ChangeOrder order,
            FiledSubject filing,
            com.icpportal.filing.WebsiteDetails details,
            List<String> typedDomains) {
        return validateWebsite(order.websiteId(), filing, details, typedDomains, null);
    }

    private ValidationResult validateWebsite(
            java.util.UUID websiteId,
            FiledSubject filing,
            com.icpportal.filing.WebsiteDetails details,
            List<String> typedDomains,
            List<com.icpportal.filing.SubjectVersion> subjectHistory) {
        ProvinceRules rules = provinces.find(filing.provinceCode()).orElseThrow();
        return ProposalValidator.validateWebsite(
                details,
                typedDomains,
                context(
                        filing,
                        rules,
                        filing.details().organiserName(),
                        List.of(filing.details().principal()),
                        websiteId,
                        typedDomains,
                        subjectHistory));
    }

    /** A subject proposal: its principal is compared with every website's principal. */
    public ValidationResult validateSubject(FiledSubject filing, SubjectDetails proposed) {
        return validateSubject(filing, proposed, null);
    }

    private ValidationResult validateSubject(
            FiledSubject filing, SubjectDetails proposed, List<com.icpportal.filing.SubjectVersion> subjectHistory) {
        ProvinceRules rules = provinces.find(filing.provinceCode()).orElseThrow();
        List<Principal> websitePrincipals = filing.websites().stream()
                .map(website -> website.details().principal())
                .toList();
        return ProposalValidator.validateSubject(
                proposed,
                context(filing, rules, proposed.organiserName(), websitePrincipals, null, List.of(), subjectHistory));
    }

    private ValidationContext context(
            FiledSubject filing,
            ProvinceRules rules,
            String organiserName,
            List<Principal> otherPrincipals,
            java.util.UUID websiteId,
            List<String> typedDomains,
            List<com.icpportal.filing.SubjectVersion> subjectHistory) {
        Set<String> ascii = typedDomains.stream()
                .filter(DomainName::isValid)
                .map(domain -> DomainName.parse(domain).ascii())
                .collect(Collectors.toSet());
        return new ValidationContext(
                LocalDate.now(clock),
                filing.provinceCode(),
                filing.details().subjectType(),
                organiserName,
                otherPrincipals,
                websiteId,
                rules.maxDomainsPerWebsite(),
                referenceData.approvedSuffixes(),
                Set.copyOf(rules.restrictedSuffixes()),
                codes(referenceData.serviceTypes()),
                codes(referenceData.preApprovalItems()),
                domainRegistrations.find(ascii),
                filings.websitesOfDomains(ascii),
                rules.localMobileRequired(),
                referenceData::isRegionCode,
                formerOrganiserNames(filing, subjectHistory));
    }

    /** The names the subject's organiser had before approved renames (not its current one). */
    private Set<String> formerOrganiserNames(
            FiledSubject filing, List<com.icpportal.filing.SubjectVersion> subjectHistory) {
        String current = filing.details().organiserName();
        // null: the caller has not read them
        return (subjectHistory != null ? subjectHistory : filings.subjectHistory(filing.id()))
                .stream()
                        .map(version -> version.details().organiserName())
                        .filter(name -> name != null && !name.equals(current))
                        .collect(Collectors.toSet());
    }

    private static Set<String> codes(List<ReferenceItem> items) {
        return items.stream().map(ReferenceItem::code).collect(Collectors.toSet());
    }

    private static String unicodeOrSelf(String ascii) {
        return DomainName.isValid(ascii) ? DomainName.parse(ascii).unicode() : ascii;
    }

    private static String normalised(String value) {
        return value == null ? "" : value.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
