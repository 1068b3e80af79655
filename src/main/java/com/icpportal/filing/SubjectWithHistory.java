package com.icpportal.filing;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A filed subject with its whole history, read in one statement: the subject's earlier versions and,
 * for each of its websites, the website's earlier versions and the domains approved changes retired.
 *
 * @param subjectVersions the subject's earlier versions, newest first (as {@link Filings#subjectHistory})
 * @param websiteVersions by website id, each newest first (as {@link Filings#websiteHistory}); every website
 *                        of the subject has an entry
 * @param retiredDomains  by website id, each latest first (as {@link Filings#retiredDomains}); every website
 *                        of the subject has an entry
 */
public record SubjectWithHistory(
        FiledSubject subject,
        List<SubjectVersion> subjectVersions,
        Map<UUID, List<WebsiteVersion>> websiteVersions,
        Map<UUID, List<RetiredDomainView>> retiredDomains) {

    /** The website's earlier versions, newest first; none for a website not of this subject. */
    public List<WebsiteVersion> websiteVersions(UUID websiteId) {
        return websiteVersions.getOrDefault(websiteId, List.of());
    }

    /** The domains retired from the website, latest first; none for a website not of this subject. */
    public List<RetiredDomainView> retiredDomains(UUID websiteId) {
        return retiredDomains.getOrDefault(websiteId, List.of());
    }
}
