-- Change orders: an applicant's proposed change to a filed subject or website and its way through
-- provider review and the administration.
create sequence change_order_reference_seq;

create table change_order (
    id                                       uuid          primary key,
    reference                                varchar(20)   not null constraint uq_change_order_reference unique,
    type                                     varchar(16)   not null
        constraint ck_change_order_type check (type in ('SUBJECT_CHANGE', 'WEBSITE_CHANGE')),
    subject_id                               uuid          not null constraint fk_change_order_subject references filing_subject (id),
    website_id                               uuid          constraint fk_change_order_website references filing_website (id),
    applicant_id                             uuid          not null constraint fk_change_order_applicant references account (id),
    state                                    varchar(24)   not null
        constraint ck_change_order_state check (state in ('DRAFT', 'PROVIDER_REVIEW', 'RETURNED', 'PROVIDER_REJECTED',
            'VERIFICATION', 'VERIFICATION_REVIEW', 'AWAITING_SUBMISSION', 'SMS_VERIFICATION', 'AUTHORITY_REVIEW',
            'AUTHORITY_REJECTED', 'APPROVED', 'WITHDRAWN')),
    version                                  bigint        not null default 0,
    created_at                               timestamptz   not null,
    updated_at                               timestamptz   not null,
    submitted_at                             timestamptz,
    due_at                                   timestamptz,
    -- the proposed subject (a subject change)
    subject_type                             varchar(32),
    organiser_name                           varchar(200),
    certificate_type                         varchar(32),
    certificate_number                       varchar(64),
    city_code                                varchar(6),
    district_code                            varchar(6),
    address                                  varchar(300),
    investor                                 varchar(200),
    principal_name                           varchar(64),
    principal_certificate_type               varchar(32),
    principal_certificate_number             varchar(64),
    principal_certificate_valid_from         date,
    principal_certificate_valid_to           date,
    principal_certificate_long_term          boolean,
    principal_mobile                         varchar(32),
    principal_emergency_phone                varchar(32),
    principal_email                          varchar(254),
    -- the proposed website (a website change); its domains are in change_order_domain
    website_name                             varchar(100),
    website_principal_name                   varchar(64),
    website_principal_certificate_type       varchar(32),
    website_principal_certificate_number     varchar(64),
    website_principal_certificate_valid_from date,
    website_principal_certificate_valid_to   date,
    website_principal_certificate_long_term  boolean,
    website_principal_mobile                 varchar(32),
    website_principal_emergency_phone        varchar(32),
    website_principal_email                  varchar(254),
    website_service_types                    varchar(40)[],
    website_pre_approval_items               varchar(40)[],
    website_pre_approval_none                boolean,
    website_comment                          varchar(200),
    -- the province rules in force when the order was submitted
    rules_captured_at                        timestamptz,
    rules_sms_verification_required          boolean,
    rules_verification_channel               varchar(8),
    rules_domain_certificate_rule            varchar(16),
    rules_max_domains_per_website            integer,
    rules_review_min_workdays                integer,
    rules_review_max_workdays                integer,
    constraint ck_change_order_website check ((type = 'WEBSITE_CHANGE') = (website_id is not null))
);

-- One open order per subject: the database decides the race between two starts.
create unique index uq_change_order_open_per_subject on change_order (subject_id)
    where state not in ('APPROVED', 'PROVIDER_REJECTED', 'WITHDRAWN');
create index ix_change_order_applicant on change_order (applicant_id, created_at desc);

create table change_order_domain (
    order_id uuid         not null constraint fk_change_order_domain_order references change_order (id) on delete cascade,
    position integer      not null,
    name     varchar(253) not null,
    constraint pk_change_order_domain primary key (order_id, position)
);

-- Every transition: who, when, from, to, and a note; returns and rejections carry per-field reasons.
create table change_order_transition (
    id          uuid          primary key,
    order_id    uuid          not null constraint fk_change_order_transition_order references change_order (id) on delete cascade,
    occurred_at timestamptz   not null,
    actor_id    uuid,
    actor_role  varchar(16)   not null
        constraint ck_change_order_transition_actor_role check (actor_role in ('APPLICANT', 'REVIEWER', 'AUTHORITY')),
    action      varchar(32)   not null,
    from_state  varchar(24),
    to_state    varchar(24)   not null,
    note        varchar(2000)
);
create index ix_change_order_transition_order on change_order_transition (order_id, occurred_at);

create table change_order_reason (
    transition_id uuid          not null constraint fk_change_order_reason_transition references change_order_transition (id) on delete cascade,
    position      integer       not null,
    field_key     varchar(100)  not null,
    problem       varchar(1000) not null,
    suggestion    varchar(1000),
    constraint pk_change_order_reason primary key (transition_id, position)
);
