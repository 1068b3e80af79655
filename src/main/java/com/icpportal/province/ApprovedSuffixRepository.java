package com.icpportal.province;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ApprovedSuffixRepository extends Repository<ApprovedSuffix, String> {

    List<ApprovedSuffix> findAllByOrderBySuffix();

    Optional<ApprovedSuffix> findById(String suffix);

    boolean existsById(String suffix);

    ApprovedSuffix saveAndFlush(ApprovedSuffix suffix);

    void delete(ApprovedSuffix suffix);
}
