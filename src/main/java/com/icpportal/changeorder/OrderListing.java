package com.icpportal.changeorder;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Which orders a list shows and where the page starts: orders in some states, held by anyone, by
 * nobody or by one reviewer, in one of three orders, optionally of one province, in one state or
 * past their deadline; keyset paging (the sort key and id of the last row of the previous page,
 * never an offset). Each shape the review queue uses is served by a partial index of V11 or V14.
 *
 * @param heldBy   the reviewer for {@link Held#BY}; ignored otherwise
 * @param dueBefore only orders whose deadline is before this; null for all
 * @param afterKey the sort key of the last row seen (deadline, or last change for
 *                 {@link Sort#LATEST_CHANGE_FIRST}); null with {@code afterId} null for the first
 *                 page, or null alone for "no deadline" ({@link Sort#DUE_NONE_LAST})
 * @param limit    at most this many rows
 */
public record OrderListing(
        Set<OrderState> states,
        Held held,
        UUID heldBy,
        Sort sort,
        String provinceCode,
        OrderState state,
        Instant dueBefore,
        Instant afterKey,
        UUID afterId,
        int limit) {

    /** Whose orders. */
    public enum Held {
        ANYONE,
        NOBODY,
        BY
    }

    /** In which order, always with the id last so that the order is total. */
    public enum Sort {
        /** Soonest deadline first (the states listed all have deadlines). */
        DUE,
        /** Soonest deadline first, orders without one last. */
        DUE_NONE_LAST,
        /** Last changed first. */
        LATEST_CHANGE_FIRST
    }

    public OrderListing {
        states = Set.copyOf(states);
        if (states.isEmpty()) {
            throw new IllegalArgumentException("a listing needs states");
        }
        if (held == Held.BY && heldBy == null) {
            throw new IllegalArgumentException("held by whom?");
        }
    }

    public boolean firstPage() {
        return afterId == null;
    }
}
