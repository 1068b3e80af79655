-- The SLA page's figures from summaries kept in the transaction that changes the orders, instead of
-- a count over every open order and a scan of the transition log on each view.
--
-- 1. Open orders per province and state: a counter row each, moved by statement triggers on
--    change_order (one upsert per statement, however many rows it wrote: a bulk COPY costs one
--    grouped insert). Rows are upserted in (province, state) order so that two transactions take
--    the counters' row locks in the same order; an update that moves no order between states
--    touches no counter.
create table order_state_count (
    province_code varchar(6)  not null,
    state         varchar(24) not null,
    orders        bigint      not null,
    constraint pk_order_state_count primary key (province_code, state)
);

create function order_state_count_apply() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into order_state_count (province_code, state, orders)
        select province_code, state, count(*) from new_orders group by province_code, state order by 1, 2
            on conflict (province_code, state) do update set orders = order_state_count.orders + excluded.orders;
    elsif tg_op = 'DELETE' then
        insert into order_state_count (province_code, state, orders)
        select province_code, state, -count(*) from old_orders group by province_code, state order by 1, 2
            on conflict (province_code, state) do update set orders = order_state_count.orders + excluded.orders;
    else
        insert into order_state_count (province_code, state, orders)
        select province_code, state, sum(delta)
          from (select province_code, state, 1 as delta from new_orders
                union all
                select province_code, state, -1 from old_orders) moved
         group by province_code, state
        having sum(delta) <> 0
         order by 1, 2
            on conflict (province_code, state) do update set orders = order_state_count.orders + excluded.orders;
    end if;
    return null;
end $$;

create function order_state_count_clear() returns trigger language plpgsql as $$
begin
    delete from order_state_count;
    return null;
end $$;

create trigger tr_change_order_count_insert after insert on change_order
    referencing new table as new_orders for each statement execute function order_state_count_apply();
create trigger tr_change_order_count_update after update on change_order
    referencing old table as old_orders new table as new_orders
    for each statement execute function order_state_count_apply();
create trigger tr_change_order_count_delete after delete on change_order
    referencing old table as old_orders for each statement execute function order_state_count_apply();
create trigger tr_change_order_count_truncate after truncate on change_order
    for each statement execute function order_state_count_clear();

insert into order_state_count (province_code, state, orders)
select province_code, state, count(*) from change_order group by province_code, state;

-- 2. Provider reviews decided: one row per decision (pass, return, reject of a provider review),
--    written by a statement trigger on the transition log as the decision is recorded, with the
--    review's start and deadline (the transition that entered PROVIDER_REVIEW, as the SLA query
--    found it) and the order's province. The window's figures read this table's covering index.
create table review_decision (
    transition_id uuid        not null constraint pk_review_decision primary key
        constraint fk_review_decision_transition references change_order_transition (id) on delete cascade,
    order_id      uuid        not null,
    province_code varchar(6)  not null,
    decided_at    timestamptz not null,
    started_at    timestamptz not null,
    due_at        timestamptz
);
create index ix_review_decision_time on review_decision (decided_at) include (started_at, due_at);
create index ix_review_decision_province on review_decision (province_code, decided_at) include (started_at, due_at);

create function review_decision_record() returns trigger language plpgsql as $$
begin
    insert into review_decision (transition_id, order_id, province_code, decided_at, started_at, due_at)
    select decision.id, decision.order_id, o.province_code, decision.occurred_at, review.occurred_at, review.due_at
      from new_transitions decision
      join change_order o on o.id = decision.order_id
     cross join lateral (
           select entered.occurred_at, entered.due_at from change_order_transition entered
            where entered.order_id = decision.order_id and entered.to_state = 'PROVIDER_REVIEW'
              and entered.occurred_at <= decision.occurred_at
            order by entered.occurred_at desc limit 1) review
     where decision.from_state = 'PROVIDER_REVIEW' and decision.action in ('PASS', 'RETURN', 'REJECT');
    return null;
end $$;

create trigger tr_change_order_transition_decision after insert on change_order_transition
    referencing new table as new_transitions for each statement execute function review_decision_record();

insert into review_decision (transition_id, order_id, province_code, decided_at, started_at, due_at)
select decision.id, decision.order_id, o.province_code, decision.occurred_at, review.occurred_at, review.due_at
  from change_order_transition decision
  join change_order o on o.id = decision.order_id
 cross join lateral (
       select entered.occurred_at, entered.due_at from change_order_transition entered
        where entered.order_id = decision.order_id and entered.to_state = 'PROVIDER_REVIEW'
          and entered.occurred_at <= decision.occurred_at
        order by entered.occurred_at desc limit 1) review
 where decision.from_state = 'PROVIDER_REVIEW' and decision.action in ('PASS', 'RETURN', 'REJECT');

-- 3. Overdue orders of one province: the deadline range of that province only (the page counts at
--    most 1,001 of them and says "more than 1,000" beyond).
create index ix_change_order_provider_due_province on change_order (province_code, due_at)
    where state in ('PROVIDER_REVIEW', 'VERIFICATION_REVIEW', 'AWAITING_SUBMISSION');
