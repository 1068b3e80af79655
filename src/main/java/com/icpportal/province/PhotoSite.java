package com.icpportal.province;

import java.util.UUID;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.icpportal.shared.LocalizedName;

/** A designated place where the website principal can have the verification photo taken. */
@Entity
@Table(name = "photo_site")
class PhotoSite {

    @Id
    private UUID id;

    private String provinceCode;

    private String nameZh;

    private String nameEn;

    private String address;

    private String openingHours;

    private boolean active;

    @Version
    private long version;

    protected PhotoSite() {}

    PhotoSite(UUID id, String provinceCode, PhotoSiteDetails details) {
        this.id = id;
        this.provinceCode = provinceCode;
        this.active = true;
        change(details);
    }

    void change(PhotoSiteDetails details) {
        this.nameZh = details.nameZh();
        this.nameEn = details.nameEn();
        this.address = details.address();
        this.openingHours = details.openingHours();
    }

    void deactivate() {
        this.active = false;
    }

    UUID id() {
        return id;
    }

    String provinceCode() {
        return provinceCode;
    }

    long version() {
        return version;
    }

    PhotoSiteView view() {
        return new PhotoSiteView(id, provinceCode, new LocalizedName(nameEn, nameZh), address, openingHours);
    }

    PhotoSiteAdminView adminView() {
        return new PhotoSiteAdminView(
                id, provinceCode, new PhotoSiteDetails(nameZh, nameEn, address, openingHours), active, version);
    }
}
