package com.icpportal.changeorder.web;

import com.icpportal.filing.SubjectDetails;

/** The subject section: what may change about the subject (type and certificate may not). */
public class SubjectForm {

    private String organiserName;
    private String cityCode;
    private String districtCode;
    private String address;
    private String investor;
    private long version;

    static SubjectForm from(SubjectDetails details, long version) {
        SubjectForm form = new SubjectForm();
        form.organiserName = details.organiserName();
        form.cityCode = details.cityCode();
        form.districtCode = details.districtCode();
        form.address = details.address();
        form.investor = details.investor();
        form.version = version;
        return form;
    }

    /** The proposal with this section's answers; everything else as it was. */
    SubjectDetails applyTo(SubjectDetails current) {
        return new SubjectDetails(
                current.subjectType(),
                strip(organiserName),
                current.certificateType(),
                current.certificateNumber(),
                strip(cityCode),
                blankToNull(districtCode),
                strip(address),
                strip(investor),
                current.principal());
    }

    static String strip(String value) {
        return value == null ? null : value.strip();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getOrganiserName() {
        return organiserName;
    }

    public void setOrganiserName(String organiserName) {
        this.organiserName = organiserName;
    }

    public String getCityCode() {
        return cityCode;
    }

    public void setCityCode(String cityCode) {
        this.cityCode = cityCode;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public void setDistrictCode(String districtCode) {
        this.districtCode = districtCode;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getInvestor() {
        return investor;
    }

    public void setInvestor(String investor) {
        this.investor = investor;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
