package com.icpportal.changeorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.icpportal.changeorder.OrderListing.Held;
import com.icpportal.changeorder.OrderListing.Sort;
import com.icpportal.support.PortalTest;

/**
 * Each shape of listing the review queue uses can be read through the partial index made for it:
 * with every other index of {@code change_order} dropped (in a transaction that is rolled back) and
 * sequential scans off, PostgreSQL plans it on that index, which it may only do when the query's
 * state predicate (written from {@link OrderState}'s sets) implies the index's (written in the
 * migrations). Also past the first page, where the keyset condition joins in.
 */
@PortalTest
class OrderListingPlansTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NamedParameterJdbcTemplate namedJdbc;

    @Autowired
    TransactionTemplate transactions;

    record Shape(String index, OrderListing listing) {

        @Override
        public String toString() {
            return index + (listing.firstPage() ? "" : " (next page)");
        }
    }

    static List<Shape> shapes() {
        UUID reviewer = UUID.randomUUID();
        UUID after = UUID.randomUUID();
        Instant key = Instant.parse("2026-03-02T02:00:00Z");
        return List.of(
                new Shape(
                        "ix_change_order_queue_unassigned",
                        listing(OrderState.providerReviews(), Held.NOBODY, null, Sort.DUE, null)),
                new Shape(
                        "ix_change_order_queue_mine",
                        listing(OrderState.providerSteps(), Held.BY, reviewer, Sort.DUE, null)),
                new Shape(
                        "ix_change_order_queue_submission",
                        listing(EnumSet.of(OrderState.AWAITING_SUBMISSION), Held.ANYONE, null, Sort.DUE, null)),
                new Shape(
                        "ix_change_order_queue_open",
                        listing(OrderState.inProcess(), Held.ANYONE, null, Sort.DUE_NONE_LAST, null)),
                new Shape(
                        "ix_change_order_queue_done",
                        listing(OrderState.terminal(), Held.ANYONE, null, Sort.LATEST_CHANGE_FIRST, null)),
                new Shape(
                        "ix_change_order_queue_open",
                        listing(OrderState.inProcess(), Held.ANYONE, null, Sort.DUE_NONE_LAST, after, key)),
                new Shape(
                        "ix_change_order_queue_done",
                        listing(OrderState.terminal(), Held.ANYONE, null, Sort.LATEST_CHANGE_FIRST, after, key)),
                // The filters of V100: the province, the state, or both lead an index of the tab.
                filtered(
                        "ix_change_order_queue_unassigned_province",
                        OrderState.providerReviews(),
                        Held.NOBODY,
                        Sort.DUE,
                        "520000",
                        null,
                        after,
                        key),
                filtered(
                        "ix_change_order_queue_unassigned_state",
                        OrderState.providerReviews(),
                        Held.NOBODY,
                        Sort.DUE,
                        null,
                        OrderState.VERIFICATION_REVIEW,
                        null,
                        null),
                filtered(
                        "ix_change_order_queue_unassigned_province_state",
                        OrderState.providerReviews(),
                        Held.NOBODY,
                        Sort.DUE,
                        "520000",
                        OrderState.PROVIDER_REVIEW,
                        after,
                        key),
                filtered(
                        "ix_change_order_queue_submission_province",
                        EnumSet.of(OrderState.AWAITING_SUBMISSION),
                        Held.ANYONE,
                        Sort.DUE,
                        "520000",
                        null,
                        null,
                        null),
                filtered(
                        "ix_change_order_queue_open_province",
                        OrderState.inProcess(),
                        Held.ANYONE,
                        Sort.DUE_NONE_LAST,
                        "520000",
                        null,
                        after,
                        key),
                filtered(
                        "ix_change_order_queue_open_state",
                        OrderState.inProcess(),
                        Held.ANYONE,
                        Sort.DUE_NONE_LAST,
                        null,
                        OrderState.AUTHORITY_REVIEW,
                        null,
                        null),
                filtered(
                        "ix_change_order_queue_open_province_state",
                        OrderState.inProcess(),
                        Held.ANYONE,
                        Sort.DUE_NONE_LAST,
                        "520000",
                        OrderState.RETURNED,
                        after,
                        key),
                filtered(
                        "ix_change_order_queue_done_province",
                        OrderState.terminal(),
                        Held.ANYONE,
                        Sort.LATEST_CHANGE_FIRST,
                        "520000",
                        null,
                        null,
                        null),
                filtered(
                        "ix_change_order_queue_done_state",
                        OrderState.terminal(),
                        Held.ANYONE,
                        Sort.LATEST_CHANGE_FIRST,
                        null,
                        OrderState.APPROVED,
                        after,
                        key),
                filtered(
                        "ix_change_order_queue_done_province_state",
                        OrderState.terminal(),
                        Held.ANYONE,
                        Sort.LATEST_CHANGE_FIRST,
                        "520000",
                        OrderState.WITHDRAWN,
                        null,
                        null));
    }

    private static Shape filtered(
            String index,
            Set<OrderState> states,
            Held held,
            Sort sort,
            String province,
            OrderState state,
            UUID afterId,
            Instant afterKey) {
        return new Shape(
                index, new OrderListing(states, held, null, sort, province, state, null, afterKey, afterId, 26));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void theListingIsReadThroughItsPartialIndex(Shape shape) {
        String sql = OrderListings.sql(shape.listing());
        List<String> plan = transactions.execute(status -> {
            status.setRollbackOnly();
            jdbc.queryForList(
                            // every index of the table but this one and those that back a constraint
                            """
                            select i.relname from pg_index x
                              join pg_class i on i.oid = x.indexrelid
                              join pg_class t on t.oid = x.indrelid
                             where t.relname = 'change_order' and i.relname <> ?
                               and not exists (select 1 from pg_constraint c where c.conindid = x.indexrelid)""", String.class, shape.index())
                    .forEach(other -> jdbc.execute("drop index " + other));
            jdbc.execute("set local enable_seqscan = off");
            return namedJdbc.queryForList("explain " + sql, OrderListings.parameters(shape.listing()), String.class);
        });
        assertThat(String.join("\n", plan)).as(sql).contains(shape.index());
    }

    private static OrderListing listing(Set<OrderState> states, Held held, UUID reviewer, Sort sort, UUID afterId) {
        return listing(states, held, reviewer, sort, afterId, null);
    }

    private static OrderListing listing(
            Set<OrderState> states, Held held, UUID reviewer, Sort sort, UUID afterId, Instant afterKey) {
        return new OrderListing(states, held, reviewer, sort, null, null, null, afterKey, afterId, 26);
    }
}
