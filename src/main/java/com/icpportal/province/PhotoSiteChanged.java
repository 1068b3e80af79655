package com.icpportal.province;

import java.util.Locale;
import java.util.UUID;

import com.icpportal.shared.AuditedEvent;

/** An admin added, edited or deactivated a designated photo site. */
public record PhotoSiteChanged(UUID siteId, String provinceCode, Change change, UUID actorId) implements AuditedEvent {

    public enum Change {
        ADDED,
        EDITED,
        DEACTIVATED
    }

    @Override
    public String auditKind() {
        return "province.photo-site-" + change.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String auditEntity() {
        return "photo_site";
    }

    @Override
    public String auditEntityId() {
        return siteId.toString();
    }

    @Override
    public UUID auditActorId() {
        return actorId;
    }

    @Override
    public String auditDetail() {
        return "province " + provinceCode;
    }
}
