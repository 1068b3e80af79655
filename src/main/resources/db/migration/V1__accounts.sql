-- Accounts of applicants, reviewers and admins. There is no self-registration: the provider creates them.
create table account (
    id               uuid         primary key,
    username         varchar(64)  not null,
    display_name     varchar(128) not null,
    email            varchar(254) not null,
    password_hash    varchar(255) not null,
    enabled          boolean      not null default true,
    preferred_locale varchar(16)  constraint ck_account_preferred_locale check (preferred_locale in ('en', 'zh-CN')),
    created_at       timestamptz  not null,
    version          bigint       not null default 0
);
create unique index uq_account_username on account (lower(username));

create table account_role (
    account_id uuid        not null constraint fk_account_role_account references account (id) on delete cascade,
    role       varchar(16) not null constraint ck_account_role_role check (role in ('APPLICANT', 'REVIEWER', 'ADMIN')),
    constraint pk_account_role primary key (account_id, role)
);
