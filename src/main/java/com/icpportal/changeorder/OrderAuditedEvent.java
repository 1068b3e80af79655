package com.icpportal.changeorder;

import java.util.UUID;

import com.icpportal.shared.AuditedEvent;

/**
 * An audited event about one change order: the trail files it under the order, with the order's
 * reference as its detail unless the event says more.
 */
public interface OrderAuditedEvent extends AuditedEvent {

    /** The audit trail's entity name for change orders. */
    String ENTITY = "change_order";

    UUID orderId();

    String reference();

    @Override
    default String auditEntity() {
        return ENTITY;
    }

    @Override
    default String auditEntityId() {
        return orderId().toString();
    }

    @Override
    default String auditDetail() {
        return reference();
    }
}
