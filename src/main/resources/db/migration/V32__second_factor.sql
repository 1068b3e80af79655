-- A second factor for signing in (issue 18): a TOTP secret (RFC 6238) per account, confirmed once the
-- person has typed a code from their app, and one-time recovery codes, of which only a SHA-256 is kept.
-- last_used_step refuses a code a second time (RFC 6238 section 5.2).
create table account_totp (
    account_id     uuid        constraint pk_account_totp primary key
                               constraint fk_account_totp_account references account (id) on delete cascade,
    secret         varchar(64) not null,
    created_at     timestamptz not null,
    confirmed_at   timestamptz,
    last_used_step bigint
);

create table account_recovery_code (
    id         uuid        constraint pk_account_recovery_code primary key,
    account_id uuid        not null constraint fk_account_recovery_code_account references account (id) on delete cascade,
    code_hash  varchar(64) not null,
    created_at timestamptz not null,
    used_at    timestamptz
);
create index ix_account_recovery_code_account on account_recovery_code (account_id);
