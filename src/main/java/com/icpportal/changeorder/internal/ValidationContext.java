package com.icpportal.changeorder.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import com.icpportal.filing.DomainRecord;
import com.icpportal.filing.Principal;
import com.icpportal.filing.SubjectType;

/**
 * Everything besides the proposal that the rules need, gathered by the service so that the
 * validator itself stays a pure function.
 *
 * @param provinceCode        the filing's province (fixed)
 * @param subjectType         the filing's subject type (fixed)
 * @param organiserName       the organiser as it will be after the change (domains must be registered to it)
 * @param otherPrincipals     the principals the proposal's principal is compared with (the subject's
 *                            for a website change, the websites' for a subject change)
 * @param websiteId           the website being changed, or null
 * @param approvedSuffixes    ASCII forms without the leading dot
 * @param restrictedSuffixes  approved suffixes the province does not accept, as it rules now (ASCII forms)
 * @param domainRecords       registration records of the proposed domains, by ASCII form
 * @param domainOwners        the website that has filed each proposed domain, by ASCII form
 * @param localMobileRequired whether the province requires the principal's mobile to be registered in it (rules now)
 * @param regionCodes         whether a six-digit region code is or was an administrative division (IDs and credit
 *                            codes keep the code of where they were issued, so abolished codes count)
 * @param formerOrganiserNames the subject's organiser names before approved renames: a domain already
 *                            filed on the website may still be registered to one of them (docs/domain.md,
 *                            "Renames and filed domains")
 */
public record ValidationContext(
        LocalDate today,
        String provinceCode,
        SubjectType subjectType,
        String organiserName,
        List<Principal> otherPrincipals,
        UUID websiteId,
        int maxDomainsPerWebsite,
        Set<String> approvedSuffixes,
        Set<String> restrictedSuffixes,
        Set<String> serviceTypes,
        Set<String> preApprovalItems,
        Map<String, DomainRecord> domainRecords,
        Map<String, UUID> domainOwners,
        boolean localMobileRequired,
        Predicate<String> regionCodes,
        Set<String> formerOrganiserNames) {}
