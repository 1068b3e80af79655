package com.icpportal.province;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A city's own word on changes ("some provincial and municipal authorities do not permit
 * changes"); a null permission means "as the province".
 */
@Entity
@Table(name = "city_rule_override")
class CityRuleOverride {

    @Id
    private String cityCode;

    private String provinceCode;

    private Boolean subjectChangeAllowed;

    private Boolean websiteChangeAllowed;

    private String note;

    @Version
    private long version;

    protected CityRuleOverride() {}

    CityRuleOverride(String cityCode, String provinceCode) {
        this.cityCode = cityCode;
        this.provinceCode = provinceCode;
    }

    void set(Boolean subjectChangeAllowed, Boolean websiteChangeAllowed, String note) {
        this.subjectChangeAllowed = subjectChangeAllowed;
        this.websiteChangeAllowed = websiteChangeAllowed;
        this.note = note;
    }

    String provinceCode() {
        return provinceCode;
    }

    Boolean subjectChangeAllowed() {
        return subjectChangeAllowed;
    }

    Boolean websiteChangeAllowed() {
        return websiteChangeAllowed;
    }

    CityOverride view() {
        return new CityOverride(cityCode, provinceCode, subjectChangeAllowed, websiteChangeAllowed, note, version);
    }
}
