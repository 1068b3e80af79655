package com.icpportal.filing;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface FilingWebsiteRepository extends Repository<FilingWebsite, UUID> {

    FilingWebsite save(FilingWebsite website);

    java.util.Optional<FilingWebsite> findById(UUID id);

    void flush();

    /**
     * (ASCII domain, website ICP number, subject ICP number) of every servable domain: filed for an
     * active website of an active subject; retired domains have left the domain table.
     */
    @Query("""
            select d, w.icpNumber, s.icpNumber from FilingWebsite w join w.domains d, FilingSubject s
            where s.id = w.subjectId and w.status = com.icpportal.filing.FilingStatus.ACTIVE
              and s.status = com.icpportal.filing.FilingStatus.ACTIVE
            order by d""")
    List<Object[]> findServableDomains();

    /** Pairs of (domain, website id) for the websites that have filed any of these domains. */
    @Query("select d, w.id from FilingWebsite w join w.domains d where d in :domains")
    List<Object[]> findWebsitesOfDomains(Collection<String> domains);
}
