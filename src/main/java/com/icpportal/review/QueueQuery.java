package com.icpportal.review;

import java.time.Instant;
import java.util.UUID;

import com.icpportal.changeorder.OrderState;

/**
 * One page of the queue: a tab, optional filters, and the position after which the page starts
 * (keyset paging: the sort key and id of the last row of the previous page, never an offset).
 *
 * @param afterKey the sort key of the last row seen (due time, or finish time on the done tab);
 *                 null with {@code afterId} null for the first page, or null alone for "no deadline"
 * @param now      for the overdue filter
 */
public record QueueQuery(
        QueueTab tab,
        UUID reviewerId,
        String provinceCode,
        OrderState state,
        boolean overdueOnly,
        Instant afterKey,
        UUID afterId,
        int size,
        Instant now) {

    public QueueQuery {
        size = Math.max(1, Math.min(size, 200));
    }

    public boolean firstPage() {
        return afterId == null;
    }
}
