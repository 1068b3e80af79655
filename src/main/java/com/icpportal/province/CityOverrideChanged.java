package com.icpportal.province;

import java.util.Locale;
import java.util.UUID;

import com.icpportal.shared.AuditedEvent;

/** An admin set or removed a city's override of its province's change permissions. */
public record CityOverrideChanged(String provinceCode, String cityCode, Change change, UUID actorId, String detail)
        implements AuditedEvent {

    public enum Change {
        SET,
        REMOVED
    }

    @Override
    public String auditKind() {
        return "province.city-override-" + change.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String auditEntity() {
        return "city_rule_override";
    }

    @Override
    public String auditEntityId() {
        return cityCode;
    }

    @Override
    public UUID auditActorId() {
        return actorId;
    }

    @Override
    public String auditDetail() {
        return detail;
    }
}
