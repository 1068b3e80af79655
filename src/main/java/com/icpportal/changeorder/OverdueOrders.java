package com.icpportal.changeorder;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.icpportal.changeorder.internal.StateSql;
import com.icpportal.shared.ClusterJobs;

/**
 * Finds orders past their deadline in a provider step and counts each once per order, step and
 * deadline, publishing one {@link OrdersOverdue} per batch (never an event per order). The row in {@code change_order_overdue} is claimed with
 * {@code insert … on conflict do nothing} in the transaction that publishes, so two nodes (or two
 * runs) never publish the same one twice; a later step, or a new deadline, is a new row.
 */
@Component
public class OverdueOrders {

    private static final String CLAIM = """
            with overdue as (
                insert into change_order_overdue (order_id, state, due_at, published_at)
                select o.id, o.state, o.due_at, :now from change_order o
                 where %s
                   and o.due_at < :now
                   and not exists (select 1 from change_order_overdue seen
                                    where seen.order_id = o.id and seen.state = o.state and seen.due_at = o.due_at)
                 order by o.due_at
                 limit :batch
                on conflict do nothing
                returning order_id, state, due_at)
            select overdue.order_id, overdue.state, overdue.due_at, o.reference, o.assignee_id
              from overdue join change_order o on o.id = overdue.order_id
             order by overdue.due_at, overdue.order_id""".formatted(StateSql.in("o.state", OrderState.providerSteps()));

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int batchSize;
    private final ClusterJobs jobs;

    OverdueOrders(
            NamedParameterJdbcTemplate jdbc,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${portal.overdue.batch-size:500}") int batchSize,
            ClusterJobs jobs) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
        this.batchSize = Math.max(1, batchSize);
        this.jobs = jobs;
    }

    static final String INTERVAL = "${portal.overdue.check-interval:PT5M}";

    /** Once per cluster and interval ({@link ClusterJobs}). */
    @Scheduled(initialDelayString = "${portal.overdue.initial-delay:PT1M}", fixedDelayString = INTERVAL)
    public void onSchedule() {
        jobs.runOnce("overdue-orders", INTERVAL, this::publishOverdue);
    }

    /**
     * Claims every order overdue now that has not been counted for its step and deadline, in
     * batches of one transaction each; each batch publishes one {@link OrdersOverdue} (event and
     * rows commit together).
     *
     * @return the orders this call claimed
     */
    public List<OrderOverdue> publishOverdue() {
        Instant now = clock.instant();
        List<OrderOverdue> published = new ArrayList<>();
        List<OrderOverdue> batch;
        do {
            batch = transactions.execute(status -> {
                List<OrderOverdue> claimed = jdbc.query(
                        CLAIM,
                        new MapSqlParameterSource()
                                .addValue("now", now.atOffset(ZoneOffset.UTC))
                                .addValue("batch", batchSize),
                        (rs, row) -> new OrderOverdue(
                                rs.getObject("order_id", UUID.class),
                                rs.getString("reference"),
                                OrderState.valueOf(rs.getString("state")),
                                rs.getObject("due_at", OffsetDateTime.class).toInstant(),
                                rs.getObject("assignee_id", UUID.class)));
                if (!claimed.isEmpty()) {
                    // One event per batch, with counts: listeners do per-reviewer work, not per-order work.
                    events.publishEvent(OrdersOverdue.of(now, claimed));
                }
                return claimed;
            });
            published.addAll(batch);
        } while (batch.size() == batchSize);
        return published;
    }
}
