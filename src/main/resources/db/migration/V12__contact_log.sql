-- The reviewer's phone calls to the applicant: rejecting an order as "applicant unreachable"
-- needs two unanswered calls at least an hour apart.
create table contact_log (
    id          uuid          primary key,
    order_id    uuid          not null constraint fk_contact_log_order references change_order (id),
    reviewer_id uuid          not null constraint fk_contact_log_reviewer references account (id),
    called_at   timestamptz   not null,
    outcome     varchar(16)   not null constraint ck_contact_log_outcome check (outcome in ('REACHED', 'NO_ANSWER')),
    note        varchar(1000)
);
create index ix_contact_log_order on contact_log (order_id, called_at);
