package com.icpportal.changeorder;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Orders passed the deadline of a provider step: one event per batch of the overdue job (one
 * transaction), carrying counts rather than the orders, so that what listeners do grows with the
 * number of reviewers, not with the number of orders. Each order is counted once per step and
 * deadline, on whichever node saw it first; the queue's overdue filter lists the orders themselves.
 *
 * @param detectedAt  when the job ran
 * @param unassigned  how many of them nobody holds (every reviewer's concern)
 * @param byAssignee  how many each reviewer holds (reviewer id → count)
 */
public record OrdersOverdue(Instant detectedAt, int unassigned, Map<UUID, Integer> byAssignee) {

    public OrdersOverdue {
        byAssignee = Map.copyOf(byAssignee);
    }

    /** Every order the event counts. */
    public int total() {
        return unassigned
                + byAssignee.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The counts of one batch of overdue orders. */
    static OrdersOverdue of(Instant detectedAt, Iterable<OrderOverdue> orders) {
        int unassigned = 0;
        Map<UUID, Integer> byAssignee = new java.util.HashMap<>();
        for (OrderOverdue order : orders) {
            if (order.assigneeId() == null) {
                unassigned++;
            } else {
                byAssignee.merge(order.assigneeId(), 1, Integer::sum);
            }
        }
        return new OrdersOverdue(detectedAt, unassigned, byAssignee);
    }
}
