-- Issue 16: a calendar change moves the deadline of the open steps whose window it touches. Each
-- move is kept for the order's timeline (the audit trail has its own row): which step, from when to
-- when, and which calendar change caused it. The deadline in force stays on change_order.due_at and
-- on the transition that entered the step, so the queue, overdue events and SLA figures use it.
create table change_order_deadline_move (
    id        uuid        primary key,
    order_id  uuid        not null constraint fk_deadline_move_order references change_order (id) on delete cascade,
    state     varchar(24) not null,
    moved_at  timestamptz not null,
    from_due  timestamptz not null,
    to_due    timestamptz not null,
    cause     varchar(16) not null
        constraint ck_deadline_move_cause check (cause in ('HOLIDAY_ADDED', 'WORKDAY_ADDED', 'HOLIDAY_REMOVED',
            'WORKDAY_REMOVED', 'YEAR_IMPORTED')),
    -- the calendar day that changed; for an imported year, its first day
    cause_day date        not null,
    actor_id  uuid
);
create index ix_deadline_move_order on change_order_deadline_move (order_id, moved_at);
