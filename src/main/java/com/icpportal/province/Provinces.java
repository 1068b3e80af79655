package com.icpportal.province;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.icpportal.web.NotFoundException;

/** The provinces, their rules for changes, and the cities that override them. */
@Service
public class Provinces {

    private final ProvinceRepository provinces;
    private final CityRuleOverrideRepository overrides;

    Provinces(ProvinceRepository provinces, CityRuleOverrideRepository overrides) {
        this.provinces = provinces;
        this.overrides = overrides;
    }

    /** All 31 provinces in code order. */
    @Transactional(readOnly = true)
    public List<ProvinceRules> all() {
        return provinces.findAllWithPrefixes().stream().map(Province::rules).toList();
    }

    /** All provinces by code, for pages that show many filings. */
    @Transactional(readOnly = true)
    public Map<String, ProvinceRules> byCode() {
        return all().stream().collect(Collectors.toMap(ProvinceRules::code, Function.identity()));
    }

    @Transactional(readOnly = true)
    public Optional<ProvinceRules> find(String code) {
        return provinces.findById(code).map(Province::rules);
    }

    /**
     * Whether a filing registered in this province and city may have its subject or a website
     * changed: the city's override, where it has one, decides before the province.
     */
    @Transactional(readOnly = true)
    public ChangePermissions changePermissions(String provinceCode, String cityCode) {
        Province province = provinces.findById(provinceCode).orElseThrow(() -> new NotFoundException("province " + provinceCode));
        Optional<CityRuleOverride> city = cityCode == null ? Optional.empty() : overrides.findById(cityCode);
        return new ChangePermissions(provinceCode, cityCode,
                forbiddenBy(province.subjectChangeAllowed(), city.map(CityRuleOverride::subjectChangeAllowed)),
                forbiddenBy(province.websiteChangeAllowed(), city.map(CityRuleOverride::websiteChangeAllowed)));
    }

    private static ChangePermissions.Authority forbiddenBy(boolean provinceAllows, Optional<Boolean> cityAllows) {
        if (cityAllows.isPresent() && cityAllows.get() != null) {
            return cityAllows.get() ? null : ChangePermissions.Authority.CITY;
        }
        return provinceAllows ? null : ChangePermissions.Authority.PROVINCE;
    }

    /** Changes a province's rules; orders already submitted keep the snapshot they took. */
    @Transactional
    public ProvinceRules update(String code, ProvinceRulesChange change, long expectedVersion) {
        Province province = provinces.findById(code).orElseThrow(() -> new NotFoundException("province " + code));
        if (province.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Province.class, code);
        }
        province.change(change);
        return provinces.saveAndFlush(province).rules();
    }

    @Transactional(readOnly = true)
    public List<CityOverride> cityOverrides(String provinceCode) {
        return overrides.findByProvinceCodeOrderByCityCode(provinceCode).stream().map(CityRuleOverride::view).toList();
    }

    /** Sets a city's own permissions (null: as the province). */
    @Transactional
    public CityOverride overrideCity(String provinceCode, String cityCode, Boolean subjectChangeAllowed,
            Boolean websiteChangeAllowed, String note) {
        if (!cityCode.startsWith(provinceCode.substring(0, 2))) {
            throw new IllegalArgumentException("city " + cityCode + " is not in province " + provinceCode);
        }
        CityRuleOverride override = overrides.findById(cityCode)
                .orElseGet(() -> new CityRuleOverride(cityCode, provinceCode));
        override.set(subjectChangeAllowed, websiteChangeAllowed, note);
        return overrides.save(override).view();
    }

    @Transactional
    public void removeCityOverride(String cityCode) {
        overrides.findById(cityCode).ifPresent(overrides::delete);
    }
}
