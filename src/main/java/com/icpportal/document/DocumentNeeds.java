package com.icpportal.document;

import com.icpportal.province.DomainCertificateRule;

/**
 * What the caller says about a change, from which the required documents follow.
 *
 * @param changeType                      SUBJECT_CHANGE or WEBSITE_CHANGE
 * @param organisation                    the subject is an organisation (not an individual)
 * @param domainCertificateRule           the province's rule, as the caller's snapshot has it
 * @param domainsAddedOrReplaced          a domain is added or replaced
 * @param domainWithoutRecord             a proposed domain has no registration record
 * @param organiserNameChanged            the organiser's name changes
 * @param principalIsLegalRepresentative  the principal is the organisation's legal representative
 */
public record DocumentNeeds(
        String changeType,
        boolean organisation,
        DomainCertificateRule domainCertificateRule,
        boolean domainsAddedOrReplaced,
        boolean domainWithoutRecord,
        boolean organiserNameChanged,
        boolean principalIsLegalRepresentative) {}
