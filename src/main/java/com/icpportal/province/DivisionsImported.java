package com.icpportal.province;

import java.util.UUID;

import com.icpportal.shared.AuditedEvent;

/** An admin imported a list of divisions: {@code added} new, {@code changed} renamed or moved, {@code abolished}. */
public record DivisionsImported(int added, int changed, int abolished, String firstCodes, UUID actorId)
        implements AuditedEvent {

    @Override
    public String auditKind() {
        return "province.divisions-imported";
    }

    @Override
    public String auditEntity() {
        return "administrative_division";
    }

    /** The first codes the import touched (the trail keeps one id per entry). */
    @Override
    public String auditEntityId() {
        return firstCodes;
    }

    @Override
    public UUID auditActorId() {
        return actorId;
    }

    @Override
    public String auditDetail() {
        return added + " added, " + changed + " changed, " + abolished + " abolished";
    }
}
