-- The review queue: who holds an order, its province (fixed for the life of a filing, so kept on the
-- order for filtering without a join), and indexes that match each tab's filter and sort.
alter table change_order add column province_code varchar(6);
update change_order o set province_code = s.province_code from filing_subject s where s.id = o.subject_id;
alter table change_order alter column province_code set not null;
alter table change_order add constraint fk_change_order_province foreign key (province_code) references province (code);

alter table change_order add column assignee_id uuid constraint fk_change_order_assignee references account (id);
alter table change_order add column assigned_at timestamptz;

-- Unassigned: orders waiting for the provider, nobody holding them, soonest due first.
create index ix_change_order_queue_unassigned on change_order (due_at, id)
    where assignee_id is null and state in ('PROVIDER_REVIEW', 'VERIFICATION_REVIEW', 'AWAITING_SUBMISSION');
-- Mine: the same states, held by one reviewer.
create index ix_change_order_queue_mine on change_order (assignee_id, due_at, id)
    where state in ('PROVIDER_REVIEW', 'VERIFICATION_REVIEW', 'AWAITING_SUBMISSION');
-- All open: everything submitted and not finished; orders without a deadline (the applicant's
-- turn) sort last.
create index ix_change_order_queue_open on change_order ((coalesce(due_at, 'infinity'::timestamptz)), id)
    where state not in ('DRAFT', 'APPROVED', 'PROVIDER_REJECTED', 'WITHDRAWN');
-- Done: finished orders, most recently finished first.
create index ix_change_order_queue_done on change_order (updated_at desc, id desc)
    where state in ('APPROVED', 'PROVIDER_REJECTED', 'WITHDRAWN');
