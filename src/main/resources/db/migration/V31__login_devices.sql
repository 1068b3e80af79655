-- OWASP's device cookies: a browser that signed in successfully carries a signed cookie naming the
-- account and a random nonce. Such a browser keeps its own allowance of failures (scope DEVICE, the
-- nonce as subject) and is not slowed by failures from elsewhere; unknown browsers are slowed per
-- username and per address as before. Kept in the database so that every node knows the devices.
alter table login_failure drop constraint ck_login_failure_scope;
alter table login_failure add constraint ck_login_failure_scope check (scope in ('ACCOUNT', 'ADDRESS', 'DEVICE'));

create table login_device (
    nonce        varchar(64)  constraint pk_login_device primary key,
    username     varchar(128) not null,
    issued_at    timestamptz  not null,
    last_used_at timestamptz  not null
);
create index ix_login_device_username on login_device (username);
create index ix_login_device_last_used on login_device (last_used_at);
