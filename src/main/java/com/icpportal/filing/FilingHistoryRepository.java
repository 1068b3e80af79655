package com.icpportal.filing;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The version history of subjects and websites, and the domains approved changes retired. */
interface FilingHistoryRepository extends Repository<FilingSubjectVersion, UUID> {

    @Query("select v from FilingSubjectVersion v where v.subjectId = :subjectId order by v.versionNo desc")
    List<FilingSubjectVersion> subjectVersions(UUID subjectId);

    @Query("select v from FilingWebsiteVersion v where v.websiteId = :websiteId order by v.versionNo desc")
    List<FilingWebsiteVersion> websiteVersions(UUID websiteId);

    @Query("select r from RetiredDomain r where r.websiteId = :websiteId order by r.retiredAt desc, r.name")
    List<RetiredDomain> retiredDomains(UUID websiteId);
}
