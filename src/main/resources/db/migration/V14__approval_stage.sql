-- The administration stage on the provider's side: the queue of orders to submit, overdue events,
-- the figures of the SLA page, and domains retired by an approved change.

-- Each transition keeps the deadline the step it entered got, so that "decided within one workday"
-- compares a decision with the deadline set when the review started (the order's own due_at moves on).
alter table change_order_transition add column due_at timestamptz;
update change_order_transition t set due_at = o.due_at
  from change_order o
 where o.id = t.order_id and o.due_at is not null and t.to_state = o.state
   and t.occurred_at = (select max(latest.occurred_at) from change_order_transition latest where latest.order_id = o.id);

-- Provider reviews decided recently (the SLA page reads the last 30 days).
create index ix_change_order_transition_provider_decision on change_order_transition (occurred_at)
    where from_state = 'PROVIDER_REVIEW' and action in ('PASS', 'RETURN', 'REJECT');

-- Unassigned: reviews waiting for a decision and held by nobody. Orders awaiting submission to the
-- administration have a tab of their own (below) and no longer appear here.
drop index ix_change_order_queue_unassigned;
create index ix_change_order_queue_unassigned on change_order (due_at, id)
    where assignee_id is null and state in ('PROVIDER_REVIEW', 'VERIFICATION_REVIEW');
-- To submit: every order awaiting submission to the administration, whoever holds it.
create index ix_change_order_queue_submission on change_order (due_at, id)
    where state = 'AWAITING_SUBMISSION';

-- Overdue events: one per order, step and deadline. The primary key lets only one node publish.
create index ix_change_order_provider_due on change_order (due_at)
    where state in ('PROVIDER_REVIEW', 'VERIFICATION_REVIEW', 'AWAITING_SUBMISSION');
create table change_order_overdue (
    order_id     uuid        not null constraint fk_change_order_overdue_order references change_order (id) on delete cascade,
    state        varchar(24) not null,
    due_at       timestamptz not null,
    published_at timestamptz not null,
    constraint pk_change_order_overdue primary key (order_id, state, due_at)
);

-- Domains an approved change dropped: no longer servable, kept with the day they were retired and
-- the change that retired them.
create table filing_domain_retired (
    id               uuid         primary key,
    website_id       uuid         not null constraint fk_filing_domain_retired_website references filing_website (id),
    name             varchar(253) not null,
    retired_at       timestamptz  not null,
    retired_on       date         not null,
    change_reference varchar(32)  not null
);
create index ix_filing_domain_retired_website on filing_domain_retired (website_id, retired_at);
create index ix_filing_domain_retired_name on filing_domain_retired (name);
