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

    Province saveAndFlush(Province province);
}
