package com.icpportal.changeorder.web;

import com.icpportal.changeorder.BackdropAddress;

/** Where to mail the backdrop, as typed. */
public class BackdropForm {

    private String provinceCode;
    private String cityCode;
    private String districtCode;
    private String street;
    private String recipient;
    private String mobile;
    private String postcode;

    BackdropAddress toAddress() {
        return new BackdropAddress(provinceCode, cityCode, districtCode, street, recipient, mobile, postcode);
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public void setProvinceCode(String provinceCode) {
        this.provinceCode = provinceCode;
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

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }
}
