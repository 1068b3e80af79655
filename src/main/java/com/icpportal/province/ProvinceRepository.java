package com.icpportal.province;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ProvinceRepository extends Repository<Province, String> {

    @Query(
            "select distinct p from Province p left join fetch p.icpPrefixes left join fetch p.restrictedSuffixes order by p.code")
    List<Province> findAllWithPrefixes();

    Optional<Province> findById(String code);

    /**
     * Changes whenever a province changes: every change goes through the entity, whose version
     * (prefixes and suffixes included, as its own collections) goes up by one.
     */
    @Query("select coalesce(sum(p.version), 0) + count(p) from Province p")
    long versionStamp();

    Province saveAndFlush(Province province);
}
