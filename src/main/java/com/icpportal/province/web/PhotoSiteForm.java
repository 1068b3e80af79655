package com.icpportal.province.web;

import com.icpportal.province.PhotoSiteAdminView;
import com.icpportal.province.PhotoSiteDetails;

/** A designated photo site as the form shows it. */
public class PhotoSiteForm {

    private String nameZh;
    private String nameEn;
    private String address;
    private String openingHours;
    private long version;

    static PhotoSiteForm from(PhotoSiteAdminView site) {
        PhotoSiteForm form = new PhotoSiteForm();
        form.nameZh = site.details().nameZh();
        form.nameEn = site.details().nameEn();
        form.address = site.details().address();
        form.openingHours = site.details().openingHours();
        form.version = site.version();
        return form;
    }

    PhotoSiteDetails toDetails() {
        return new PhotoSiteDetails(nameZh, nameEn, address, openingHours);
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getOpeningHours() {
        return openingHours;
    }

    public void setOpeningHours(String openingHours) {
        this.openingHours = openingHours;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
