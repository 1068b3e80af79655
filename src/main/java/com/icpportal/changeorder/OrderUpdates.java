package com.icpportal.changeorder;

import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import com.icpportal.changeorder.internal.ChangeOrder;
import com.icpportal.changeorder.internal.ChangeOrderRepository;
import com.icpportal.shared.NotFoundException;

/**
 * What every decision on an order does around its transition: load the order, refuse a stale
 * version, save and answer the view. Shared by {@link ProviderDecisions} and
 * {@link AdministrationRecords}.
 */
@Component
class OrderUpdates {

    private final ChangeOrderRepository orders;

    OrderUpdates(ChangeOrderRepository orders) {
        this.orders = orders;
    }

    ChangeOrder load(UUID orderId) {
        return orders.findById(orderId).orElseThrow(() -> new NotFoundException("order " + orderId));
    }

    /** The order, only on the version the decision was made on. */
    ChangeOrder atVersion(UUID orderId, long version) {
        ChangeOrder order = load(orderId);
        if (order.version() != version) {
            throw new ObjectOptimisticLockingFailureException(ChangeOrder.class, orderId);
        }
        return order;
    }

    ChangeOrderView save(ChangeOrder order) {
        return ChangeOrderView.of(orders.saveAndFlush(order));
    }

    /** A decision: only on the version it was made on, and only by the reviewer holding the order. */
    ChangeOrderView decide(Actor reviewer, UUID orderId, long version, Consumer<ChangeOrder> decision) {
        ChangeOrder order = atVersion(orderId, version);
        if (reviewer != null
                && reviewer.role() == ActorRole.REVIEWER
                && !reviewer.id().equals(order.assigneeId())) {
            throw new NotClaimedException(order.reference());
        }
        decision.accept(order);
        return save(order);
    }
}
