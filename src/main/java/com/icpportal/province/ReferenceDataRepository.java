package com.icpportal.province;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Read-only reference lists; one repository because they share their shape and their life cycle. */
interface ReferenceDataRepository extends Repository<ServiceType, String> {

    @Query("select s from ServiceType s order by s.position")
    List<ServiceType> serviceTypes();

    @Query("select p from PreApprovalItem p order by p.position")
    List<PreApprovalItem> preApprovalItems();

    @Query(value = "select suffix from approved_domain_suffix", nativeQuery = true)
    List<String> approvedSuffixes();

    @Query("select d from AdministrativeDivision d where d.parentCode is null and d.abolished = false order by d.code")
    List<AdministrativeDivision> provinces();

    @Query("select d from AdministrativeDivision d where d.code like :pattern and d.abolished = false order by d.code")
    List<AdministrativeDivision> codedLike(String pattern);

    @Query(
            "select d from AdministrativeDivision d where d.parentCode = :parentCode and d.abolished = false order by d.code")
    List<AdministrativeDivision> children(String parentCode);

    /** How many of these codes are divisions (current or abolished) or historic region codes. */
    @Query(value = """
            select count(*) from (
                select code from administrative_division where code in (:codes)
                union select code from historic_region_code where code in (:codes)) known""", nativeQuery = true)
    long knownRegionCodes(Collection<String> codes);
}
