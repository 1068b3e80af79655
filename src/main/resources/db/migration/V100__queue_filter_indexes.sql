-- The review queue's filters, each an index range: a filter leads the index and the tab's sort key
-- follows, so a province or a state with few orders (or none) reads those rows only instead of
-- walking the tab's whole index until a page is full. Each index carries its tab's state predicate
-- (the same lists as V11 and V14, which StateSqlTest checks against OrderState's sets). "Mine" needs
-- none: it starts with the reviewer (ix_change_order_queue_mine), and one person holds few orders.
-- The overdue filter is a range on the due-date key of each of these.

-- Unassigned: reviews held by nobody, soonest due first.
create index ix_change_order_queue_unassigned_province on change_order (province_code, due_at, id)
    where assignee_id is null and state in ('PROVIDER_REVIEW', 'VERIFICATION_REVIEW');
create index ix_change_order_queue_unassigned_state on change_order (state, due_at, id)
    where assignee_id is null and state in ('PROVIDER_REVIEW', 'VERIFICATION_REVIEW');
create index ix_change_order_queue_unassigned_province_state on change_order (province_code, state, due_at, id)
    where assignee_id is null and state in ('PROVIDER_REVIEW', 'VERIFICATION_REVIEW');

-- To submit: one state, so the state filter adds nothing to the province's index.
create index ix_change_order_queue_submission_province on change_order (province_code, due_at, id)
    where state = 'AWAITING_SUBMISSION';

-- All open: no deadline sorts last.
create index ix_change_order_queue_open_province on change_order (province_code, (coalesce(due_at, 'infinity'::timestamptz)), id)
    where state not in ('DRAFT', 'APPROVED', 'PROVIDER_REJECTED', 'WITHDRAWN');
create index ix_change_order_queue_open_state on change_order (state, (coalesce(due_at, 'infinity'::timestamptz)), id)
    where state not in ('DRAFT', 'APPROVED', 'PROVIDER_REJECTED', 'WITHDRAWN');
create index ix_change_order_queue_open_province_state on change_order (province_code, state, (coalesce(due_at, 'infinity'::timestamptz)), id)
    where state not in ('DRAFT', 'APPROVED', 'PROVIDER_REJECTED', 'WITHDRAWN');

-- Done: most recently finished first.
create index ix_change_order_queue_done_province on change_order (province_code, updated_at desc, id desc)
    where state in ('APPROVED', 'PROVIDER_REJECTED', 'WITHDRAWN');
create index ix_change_order_queue_done_state on change_order (state, updated_at desc, id desc)
    where state in ('APPROVED', 'PROVIDER_REJECTED', 'WITHDRAWN');
create index ix_change_order_queue_done_province_state on change_order (province_code, state, updated_at desc, id desc)
    where state in ('APPROVED', 'PROVIDER_REJECTED', 'WITHDRAWN');
