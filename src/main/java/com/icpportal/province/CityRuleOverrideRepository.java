package com.icpportal.province;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface CityRuleOverrideRepository extends Repository<CityRuleOverride, String> {

    CityRuleOverride save(CityRuleOverride override);

    CityRuleOverride saveAndFlush(CityRuleOverride override);

    Optional<CityRuleOverride> findById(String cityCode);

    List<CityRuleOverride> findAll();

    List<CityRuleOverride> findByProvinceCodeOrderByCityCode(String provinceCode);

    void delete(CityRuleOverride override);
}
