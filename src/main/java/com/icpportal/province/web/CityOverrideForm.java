package com.icpportal.province.web;

import com.icpportal.province.CityOverride;

/**
 * A city's override as the form shows it. Each permission is a choice of three: as the province
 * (empty), allowed ({@code true}), not permitted ({@code false}).
 */
public class CityOverrideForm {

    private String cityCode;
    private String subjectChange = "";
    private String websiteChange = "";
    private String note;
    private Long version;

    static CityOverrideForm from(CityOverride override) {
        CityOverrideForm form = new CityOverrideForm();
        form.cityCode = override.cityCode();
        form.subjectChange = choice(override.subjectChangeAllowed());
        form.websiteChange = choice(override.websiteChangeAllowed());
        form.note = override.note();
        form.version = override.version();
        return form;
    }

    static String choice(Boolean allowed) {
        return allowed == null ? "" : allowed.toString();
    }

    static Boolean allowed(String choice) {
        return choice == null || choice.isBlank() ? null : Boolean.valueOf(choice);
    }

    public String getCityCode() {
        return cityCode;
    }

    public void setCityCode(String cityCode) {
        this.cityCode = cityCode;
    }

    public String getSubjectChange() {
        return subjectChange;
    }

    public void setSubjectChange(String subjectChange) {
        this.subjectChange = subjectChange;
    }

    public String getWebsiteChange() {
        return websiteChange;
    }

    public void setWebsiteChange(String websiteChange) {
        this.websiteChange = websiteChange;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
