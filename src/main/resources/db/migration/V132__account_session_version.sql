-- The session guard keeps, in each node's memory, which session generation of each account is valid,
-- under the version of this row (SessionGuard, AccountSessions): every change that can end an
-- account's sessions moves it on, in the writing transaction, whoever writes (the portal on any node,
-- psql). Row-level and only when enabled or session_generation really changed: an account update that
-- touches neither (language, name, e-mail, password_changed_at alone) leaves every node's memory valid.
insert into reference_data_version (name) values ('account_session');

create trigger account_session_version
    after update of enabled, session_generation on account
    for each row
    when (old.enabled is distinct from new.enabled or old.session_generation is distinct from new.session_generation)
    execute function bump_reference_data_version('account_session');
create trigger account_session_version_delete after delete or truncate on account
    for each statement execute function bump_reference_data_version('account_session');
