package com.icpportal.audit;

import java.util.UUID;

import com.icpportal.shared.AuditedEvent;

/** An audited event of any kind, for tests of the trail itself. */
record TestAuditedEvent(
        String auditKind, String auditEntity, String auditEntityId, UUID auditActorId, String auditDetail)
        implements AuditedEvent {}
