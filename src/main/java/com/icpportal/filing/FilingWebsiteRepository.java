package com.icpportal.filing;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface FilingWebsiteRepository extends Repository<FilingWebsite, UUID> {

    FilingWebsite save(FilingWebsite website);

    /** Pairs of (domain, website id) for the websites that have filed any of these domains. */
    @Query("select d, w.id from FilingWebsite w join w.domains d where d in :domains")
    List<Object[]> findWebsitesOfDomains(Collection<String> domains);

    /** The websites of many subjects with their domains, in one query. */
    @Query("""
            select distinct w from FilingWebsite w left join fetch w.domains
            where w.subjectId in :subjectIds order by w.icpNumber""")
    List<FilingWebsite> findBySubjects(Collection<UUID> subjectIds);
}
