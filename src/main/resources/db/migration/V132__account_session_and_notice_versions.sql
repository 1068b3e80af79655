-- The session guard keeps, in each node's memory, which session generation of each account is valid,
-- under the version of this row (SessionGuard, shared.KeptAtVersion): every change that can end an
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

-- The header's unread-notice count, kept per account in each node's memory under the version of the
-- row 'notice' (Notifications.unreadNotices): moved by every change that can change a count, i.e. a
-- notice (channel NOTICE) added, read, re-dated, moved or deleted, and every change of a read mark.
-- Row-level with a condition, so that the outbox's e-mail and SMS bookkeeping (claiming, sending,
-- failing: updates of status and attempts) leaves it alone.
insert into reference_data_version (name) values ('notice');

create trigger notice_version_insert after insert on notification
    for each row
    when (new.channel = 'NOTICE')
    execute function bump_reference_data_version('notice');
create trigger notice_version_update
    after update of read_at, created_at, recipient_account_id, channel on notification
    for each row
    when ((old.channel = 'NOTICE' or new.channel = 'NOTICE')
          and (old.read_at is distinct from new.read_at
               or old.created_at is distinct from new.created_at
               or old.recipient_account_id is distinct from new.recipient_account_id
               or old.channel is distinct from new.channel))
    execute function bump_reference_data_version('notice');
create trigger notice_version_delete after delete on notification
    for each row
    when (old.channel = 'NOTICE')
    execute function bump_reference_data_version('notice');
create trigger notice_version_truncate after truncate on notification
    for each statement execute function bump_reference_data_version('notice');
create trigger notice_read_mark_version after insert or update or delete or truncate on notice_read_mark
    for each statement execute function bump_reference_data_version('notice');
