package com.icpportal.review;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.icpportal.changeorder.ListedOrder;
import com.icpportal.changeorder.OrderListing;
import com.icpportal.changeorder.OrderListing.Held;
import com.icpportal.changeorder.OrderListing.Sort;
import com.icpportal.changeorder.OrderListings;
import com.icpportal.changeorder.OrderState;
import com.icpportal.filing.Filings;
import com.icpportal.filing.SubjectName;

/**
 * The review queue: each tab is a listing of change orders (which states, whose, in which order)
 * that the change-order module reads with keyset paging over its partial indexes; the filed
 * subject's ICP number and organiser come from the filing module, for the whole page in one query.
 */
@Service
public class ReviewQueue {

    private final OrderListings listings;
    private final Filings filings;

    ReviewQueue(OrderListings listings, Filings filings) {
        this.listings = listings;
        this.filings = filings;
    }

    @Transactional(readOnly = true)
    public QueuePage page(QueueQuery query) {
        if (nothingCanMatch(query)) {
            return new QueuePage(List.of(), false);
        }
        List<ListedOrder> orders = listings.page(listing(query));
        boolean hasNext = orders.size() > query.size();
        List<ListedOrder> shown = hasNext ? orders.subList(0, query.size()) : orders;
        Map<java.util.UUID, SubjectName> names =
                filings.subjectNames(shown.stream().map(ListedOrder::subjectId).collect(Collectors.toSet()));
        return new QueuePage(
                shown.stream()
                        .map(order -> row(order, names.get(order.subjectId())))
                        .toList(),
                hasNext);
    }

    /**
     * Whether the filters exclude every row of the tab whatever the data: a state the tab does not
     * list, or "overdue" on the done tab (finished orders have no deadline). Answered without a
     * query, which would otherwise walk the tab's whole index looking for a row.
     */
    static boolean nothingCanMatch(QueueQuery query) {
        if (query.tab() == QueueTab.DONE && query.overdueOnly()) {
            return true;
        }
        return query.state() != null && !states(query.tab()).contains(query.state());
    }

    /** The states a tab lists. */
    static Set<OrderState> states(QueueTab tab) {
        return switch (tab) {
            case UNASSIGNED -> OrderState.providerReviews();
            case MINE -> OrderState.providerSteps();
            case TO_SUBMIT -> Set.of(OrderState.AWAITING_SUBMISSION);
            case OPEN -> OrderState.inProcess();
            case DONE -> OrderState.terminal();
        };
    }

    /** The tab as a listing, one row more than the page to tell whether another follows. */
    static OrderListing listing(QueueQuery query) {
        Set<OrderState> states;
        Held held = Held.ANYONE;
        Sort sort = Sort.DUE;
        switch (query.tab()) {
            case UNASSIGNED -> {
                states = OrderState.providerReviews();
                held = Held.NOBODY;
            }
            case MINE -> {
                states = OrderState.providerSteps();
                held = Held.BY;
            }
            case TO_SUBMIT -> states = Set.of(OrderState.AWAITING_SUBMISSION);
            case OPEN -> {
                states = OrderState.inProcess();
                sort = Sort.DUE_NONE_LAST;
            }
            default -> {
                states = OrderState.terminal();
                sort = Sort.LATEST_CHANGE_FIRST;
            }
        }
        return new OrderListing(
                states,
                held,
                query.reviewerId(),
                sort,
                query.provinceCode(),
                query.state(),
                query.overdueOnly() ? query.now() : null,
                query.afterKey(),
                query.afterId(),
                query.size() + 1);
    }

    private static QueueRow row(ListedOrder order, SubjectName name) {
        return new QueueRow(
                order.id(),
                order.reference(),
                order.type(),
                order.state(),
                order.provinceCode(),
                name == null ? null : name.icpNumber(),
                name == null ? null : name.organiserName(),
                order.dueAt(),
                order.assigneeId(),
                order.updatedAt());
    }
}
