package com.icpportal.province;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.icpportal.shared.NotFoundException;

/** The designated photo sites of each province (data kept by admins). */
@Service
public class PhotoSites {

    static final int MAX_NAME_ZH = 100;
    static final int MAX_NAME_EN = 200;
    static final int MAX_ADDRESS = 300;
    static final int MAX_HOURS = 100;

    private final PhotoSiteRepository sites;
    private final Provinces provinces;
    private final ApplicationEventPublisher events;

    PhotoSites(PhotoSiteRepository sites, Provinces provinces, ApplicationEventPublisher events) {
        this.sites = sites;
        this.provinces = provinces;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<PhotoSiteView> active(String provinceCode) {
        return sites.findActive(provinceCode).stream().map(PhotoSite::view).toList();
    }

    /** Every site of a province, active ones first, for the admin pages. */
    @Transactional(readOnly = true)
    public List<PhotoSiteAdminView> ofProvince(String provinceCode) {
        return sites.findAllOfProvince(provinceCode).stream()
                .map(PhotoSite::adminView)
                .toList();
    }

    /** One site of this province, or 404. */
    @Transactional(readOnly = true)
    public PhotoSiteAdminView get(String provinceCode, UUID id) {
        return found(provinceCode, id).adminView();
    }

    @Transactional
    public PhotoSiteAdminView add(String provinceCode, PhotoSiteDetails details, UUID actorId) {
        provinces.get(provinceCode);
        PhotoSiteDetails clean = check(details);
        PhotoSite site = sites.saveAndFlush(new PhotoSite(UUID.randomUUID(), provinceCode, clean));
        events.publishEvent(new PhotoSiteChanged(site.id(), provinceCode, PhotoSiteChanged.Change.ADDED, actorId));
        return site.adminView();
    }

    @Transactional
    public PhotoSiteAdminView edit(
            String provinceCode, UUID id, PhotoSiteDetails details, long expectedVersion, UUID actorId) {
        PhotoSite site = atVersion(provinceCode, id, expectedVersion);
        site.change(check(details));
        PhotoSite saved = sites.saveAndFlush(site);
        events.publishEvent(new PhotoSiteChanged(id, provinceCode, PhotoSiteChanged.Change.EDITED, actorId));
        return saved.adminView();
    }

    /** Applicants no longer see the site; its row stays for the record. */
    @Transactional
    public void deactivate(String provinceCode, UUID id, long expectedVersion, UUID actorId) {
        PhotoSite site = atVersion(provinceCode, id, expectedVersion);
        site.deactivate();
        sites.saveAndFlush(site);
        events.publishEvent(new PhotoSiteChanged(id, provinceCode, PhotoSiteChanged.Change.DEACTIVATED, actorId));
    }

    private PhotoSite found(String provinceCode, UUID id) {
        return sites.findById(id)
                .filter(site -> site.provinceCode().equals(provinceCode))
                .orElseThrow(() -> new NotFoundException("photo site " + id));
    }

    private PhotoSite atVersion(String provinceCode, UUID id, long expectedVersion) {
        PhotoSite site = found(provinceCode, id);
        if (site.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(PhotoSite.class, id);
        }
        return site;
    }

    private static PhotoSiteDetails check(PhotoSiteDetails details) {
        List<FieldProblem> problems = new ArrayList<>();
        String nameZh = required(problems, "nameZh", details.nameZh(), MAX_NAME_ZH);
        String nameEn = required(problems, "nameEn", details.nameEn(), MAX_NAME_EN);
        String address = required(problems, "address", details.address(), MAX_ADDRESS);
        String hours = required(problems, "openingHours", details.openingHours(), MAX_HOURS);
        if (!problems.isEmpty()) {
            throw new InvalidSettingException(problems);
        }
        return new PhotoSiteDetails(nameZh, nameEn, address, hours);
    }

    private static String required(List<FieldProblem> problems, String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "admin.validation.required"));
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            problems.add(new FieldProblem(field, "admin.validation.tooLong", maxLength));
        }
        return stripped;
    }
}
