package com.icpportal.province;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The designated photo sites of each province (data kept by admins). */
@Service
public class PhotoSites {

    private final PhotoSiteRepository sites;

    PhotoSites(PhotoSiteRepository sites) {
        this.sites = sites;
    }

    @Transactional(readOnly = true)
    public List<PhotoSiteView> active(String provinceCode) {
        return sites.findActive(provinceCode).stream().map(PhotoSite::view).toList();
    }
}
