package com.icpportal.province;

import java.util.UUID;

import com.icpportal.shared.AuditedEvent;

/** An admin changed a province's rules; orders submitted afterwards take the new ones. */
public record ProvinceRulesChanged(String provinceCode, long version, UUID actorId, String detail)
        implements AuditedEvent {

    @Override
    public String auditKind() {
        return "province.rules-changed";
    }

    @Override
    public String auditEntity() {
        return "province";
    }

    @Override
    public String auditEntityId() {
        return provinceCode;
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
