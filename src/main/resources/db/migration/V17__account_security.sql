-- Accounts made by staff get their password through a one-time link, so a new account has none yet.
alter table account alter column password_hash drop not null;
-- Raised when every session of the account must end (a password change); a session remembers the
-- value it started with and is refused once the account's value differs.
alter table account add column session_generation bigint not null default 0;
alter table account add column password_changed_at timestamptz;

-- One-time links to set a password: only the SHA-256 of the token is kept; used or expired links are
-- refused by the conditional update that consumes them.
create table password_set_link (
    id          uuid        primary key,
    account_id  uuid        not null constraint fk_password_set_link_account references account (id) on delete cascade,
    token_hash  varchar(64) not null constraint uq_password_set_link_token_hash unique,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    created_by  uuid        constraint fk_password_set_link_created_by references account (id),
    constraint ck_password_set_link_expiry check (expires_at > created_at)
);
create index ix_password_set_link_account on password_set_link (account_id);

-- Consecutive failed sign-ins per username (known or not) and per source address. A success resets
-- both; after the free attempts each further failure requires a growing delay (blocked_until).
create table login_failure (
    scope           varchar(8)   not null constraint ck_login_failure_scope check (scope in ('ACCOUNT', 'ADDRESS')),
    subject         varchar(128) not null,
    failures        integer      not null,
    last_failure_at timestamptz  not null,
    blocked_until   timestamptz,
    constraint pk_login_failure primary key (scope, subject)
);
create index ix_login_failure_last_failure on login_failure (last_failure_at);
