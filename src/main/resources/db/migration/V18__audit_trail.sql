-- The audit trail: who did what, when and from where. One row per audited event, written in the
-- transaction of the change it records. Append-only: the triggers below refuse UPDATE, DELETE and
-- TRUNCATE, so neither the portal nor a mistaken script can rewrite history.
create table audit_entry (
    -- Monotonic: the tie-breaker of keyset paging (occurred_at comes from the portal's clock).
    id             bigint        generated always as identity constraint pk_audit_entry primary key,
    occurred_at    timestamptz   not null,
    -- No foreign key: the trail outlives the accounts it names. The username is copied at write time.
    actor_id       uuid,
    actor_name     varchar(100),
    kind           varchar(100)  not null constraint ck_audit_entry_kind check (kind <> ''),
    entity         varchar(100)  not null constraint ck_audit_entry_entity check (entity <> ''),
    entity_id      varchar(200)  not null,
    detail         varchar(2000),
    source_address varchar(64)
);

-- Newest first, unfiltered, and each filter followed by the same order, so every page is an index range.
create index ix_audit_entry_time on audit_entry (occurred_at desc, id desc);
create index ix_audit_entry_actor on audit_entry (lower(actor_name), occurred_at desc, id desc);
create index ix_audit_entry_entity on audit_entry (entity, entity_id, occurred_at desc, id desc);
create index ix_audit_entry_kind on audit_entry (kind, occurred_at desc, id desc);

create function audit_entry_append_only() returns trigger
    language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % is not allowed', tg_op
        using hint = 'The audit trail keeps every entry; record a new entry instead.';
end;
$$;

-- Statement triggers: they fire even when no row matches, and TRUNCATE has no row triggers.
create trigger tr_audit_entry_no_update_or_delete before update or delete on audit_entry
    for each statement execute function audit_entry_append_only();
create trigger tr_audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
