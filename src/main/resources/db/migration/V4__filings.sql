-- Filed subjects (主体) and websites (网站) as the administration approved them.
create table filing_subject (
    id                               uuid         primary key,
    icp_number                       varchar(32)  not null constraint uq_filing_subject_icp_number unique,
    province_code                    varchar(6)      not null constraint fk_filing_subject_province references province (code),
    owner_id                         uuid         constraint fk_filing_subject_owner references account (id),
    status                           varchar(16)  not null default 'ACTIVE'
        constraint ck_filing_subject_status check (status in ('ACTIVE', 'CANCELLED')),
    cancelled_on                     date,
    subject_type                     varchar(32)  not null
        constraint ck_filing_subject_type check (subject_type in ('ENTERPRISE', 'INDIVIDUAL', 'GOVERNMENT_AGENCY',
            'PUBLIC_INSTITUTION', 'SOCIAL_ORGANISATION', 'PRIVATE_NON_ENTERPRISE', 'FOUNDATION', 'LAW_FIRM', 'OTHER')),
    organiser_name                   varchar(200) not null,
    certificate_type                 varchar(32)  not null,
    certificate_number               varchar(64)  not null,
    city_code                        varchar(6)      not null constraint fk_filing_subject_city references administrative_division (code),
    district_code                    varchar(6)      constraint fk_filing_subject_district references administrative_division (code),
    address                          varchar(300) not null,
    investor                         varchar(200) not null,
    principal_name                   varchar(64)  not null,
    principal_certificate_type       varchar(32)  not null,
    principal_certificate_number     varchar(64)  not null,
    principal_certificate_valid_from date         not null,
    principal_certificate_valid_to   date,
    principal_certificate_long_term  boolean      not null default false,
    principal_mobile                 varchar(11)  not null,
    principal_emergency_phone        varchar(32)  not null,
    principal_email                  varchar(254) not null,
    other_order_type                 varchar(32)
        constraint ck_filing_subject_other_order_type check (other_order_type in ('NEW_FILING', 'NEW_WEBSITE',
            'CANCELLATION', 'ACCESS_CHANGE', 'OTHER')),
    other_order_reference            varchar(64),
    other_order_since                date,
    version                          bigint       not null default 0,
    created_at                       timestamptz  not null,
    updated_at                       timestamptz  not null,
    constraint ck_filing_subject_principal_validity
        check (principal_certificate_long_term or principal_certificate_valid_to is not null),
    constraint ck_filing_subject_other_order
        check ((other_order_type is null and other_order_reference is null and other_order_since is null)
            or (other_order_type is not null and other_order_reference is not null and other_order_since is not null)),
    constraint ck_filing_subject_cancelled check ((status = 'CANCELLED') = (cancelled_on is not null))
);
create index ix_filing_subject_owner on filing_subject (owner_id);
create index ix_filing_subject_province on filing_subject (province_code);

create table filing_website (
    id                               uuid          primary key,
    subject_id                       uuid          not null constraint fk_filing_website_subject references filing_subject (id),
    icp_number                       varchar(40)   not null constraint uq_filing_website_icp_number unique,
    status                           varchar(16)   not null default 'ACTIVE'
        constraint ck_filing_website_status check (status in ('ACTIVE', 'CANCELLED')),
    name                             varchar(100)  not null,
    principal_name                   varchar(64)   not null,
    principal_certificate_type       varchar(32)   not null,
    principal_certificate_number     varchar(64)   not null,
    principal_certificate_valid_from date          not null,
    principal_certificate_valid_to   date,
    principal_certificate_long_term  boolean       not null default false,
    principal_mobile                 varchar(11)   not null,
    principal_emergency_phone        varchar(32)   not null,
    principal_email                  varchar(254)  not null,
    service_types                    varchar(40)[] not null,
    pre_approval_items               varchar(40)[] not null,
    pre_approval_none                boolean       not null,
    comment                          varchar(200),
    version                          bigint        not null default 0,
    created_at                       timestamptz   not null,
    updated_at                       timestamptz   not null,
    constraint ck_filing_website_principal_validity
        check (principal_certificate_long_term or principal_certificate_valid_to is not null),
    constraint ck_filing_website_pre_approval
        check (pre_approval_none = (cardinality(pre_approval_items) = 0))
);
create index ix_filing_website_subject on filing_website (subject_id);

-- A website's domains in their ASCII (punycode) form; a domain is filed for one website only.
create table filing_website_domain (
    website_id uuid         not null constraint fk_filing_website_domain_website references filing_website (id) on delete cascade,
    position   integer      not null,
    name       varchar(253) not null,
    constraint pk_filing_website_domain primary key (website_id, position)
);
create unique index uq_filing_website_domain_name on filing_website_domain (name);

-- Version history: the values in force before each approved change, with the change that ended them.
create table filing_subject_version (
    id                               uuid         primary key,
    subject_id                       uuid         not null constraint fk_filing_subject_version_subject references filing_subject (id),
    version_no                       integer      not null,
    valid_from                       timestamptz  not null,
    valid_to                         timestamptz  not null,
    change_reference                 varchar(32),
    subject_type                     varchar(32)  not null,
    organiser_name                   varchar(200) not null,
    certificate_type                 varchar(32)  not null,
    certificate_number               varchar(64)  not null,
    city_code                        varchar(6)      not null,
    district_code                    varchar(6),
    address                          varchar(300) not null,
    investor                         varchar(200) not null,
    principal_name                   varchar(64)  not null,
    principal_certificate_type       varchar(32)  not null,
    principal_certificate_number     varchar(64)  not null,
    principal_certificate_valid_from date         not null,
    principal_certificate_valid_to   date,
    principal_certificate_long_term  boolean      not null,
    principal_mobile                 varchar(11)  not null,
    principal_emergency_phone        varchar(32)  not null,
    principal_email                  varchar(254) not null,
    constraint uq_filing_subject_version unique (subject_id, version_no)
);

create table filing_website_version (
    id                               uuid           primary key,
    website_id                       uuid           not null constraint fk_filing_website_version_website references filing_website (id),
    version_no                       integer        not null,
    valid_from                       timestamptz    not null,
    valid_to                         timestamptz    not null,
    change_reference                 varchar(32),
    name                             varchar(100)   not null,
    principal_name                   varchar(64)    not null,
    principal_certificate_type       varchar(32)    not null,
    principal_certificate_number     varchar(64)    not null,
    principal_certificate_valid_from date           not null,
    principal_certificate_valid_to   date,
    principal_certificate_long_term  boolean        not null,
    principal_mobile                 varchar(11)    not null,
    principal_emergency_phone        varchar(32)    not null,
    principal_email                  varchar(254)   not null,
    service_types                    varchar(40)[]  not null,
    pre_approval_items               varchar(40)[]  not null,
    pre_approval_none                boolean        not null,
    comment                          varchar(200),
    domains                          varchar(253)[] not null,
    constraint uq_filing_website_version unique (website_id, version_no)
);
