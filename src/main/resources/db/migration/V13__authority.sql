-- The administration stage (issue 7): SMS verification of the principals, the administration's
-- decision date, reasons whose text is a message (shown in the reader's language), and what the
-- simulated administration keeps.

-- A reason the portal itself writes (e.g. "the 48 hours passed") names a message key; the problem
-- column keeps its English text for the trail and for readers without the key.
alter table change_order_reason add column message_key varchar(100);

-- The date the administration approved the change (with the manual gateway, as staff record it).
alter table change_order add column approved_on date;

-- The mobiles the administration texts when the order enters SMS_VERIFICATION: the subject
-- principal's and the website principals', each once. Owned by the order.
create table change_order_sms_mobile (
    order_id       uuid         not null constraint fk_change_order_sms_mobile_order references change_order (id) on delete cascade,
    position       integer      not null,
    mobile         varchar(11)  not null,
    verified_at    timestamptz,
    wrong_attempts integer      not null default 0 constraint ck_change_order_sms_mobile_attempts check (wrong_attempts >= 0),
    constraint pk_change_order_sms_mobile primary key (order_id, position),
    constraint uq_change_order_sms_mobile unique (order_id, mobile)
);

-- Expiry job: SMS_VERIFICATION orders by deadline.
create index ix_change_order_sms_due on change_order (due_at) where state = 'SMS_VERIFICATION';

-- Each submission of an order to the administration, through which gateway, and (simulated
-- gateway) when the simulated administration decides by itself.
create table authority_submission (
    order_id     uuid         not null constraint pk_authority_submission primary key
                              constraint fk_authority_submission_order references change_order (id) on delete cascade,
    gateway      varchar(16)  not null constraint ck_authority_submission_gateway check (gateway in ('manual', 'simulated')),
    submitted_at timestamptz  not null,
    decide_after timestamptz,
    decided_at   timestamptz
);
create index ix_authority_submission_pending on authority_submission (decide_after)
    where gateway = 'simulated' and decided_at is null and decide_after is not null;

-- The simulated administration's SMS codes: only a salted hash, never the code itself.
create table simulated_sms_code (
    order_id   uuid         not null constraint fk_simulated_sms_code_order references change_order (id) on delete cascade,
    mobile     varchar(11)  not null,
    salt       varchar(32)  not null,
    code_hash  varchar(64)  not null,
    sent_at    timestamptz  not null,
    constraint pk_simulated_sms_code primary key (order_id, mobile)
);
