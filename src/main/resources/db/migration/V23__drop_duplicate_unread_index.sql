-- V22's ix_notification_unread_notices has the same definition as V19's ix_notification_unread
-- (recipient_account_id where channel = 'NOTICE' and read_at is null): the planner uses one, and
-- every insert and read mark paid for both. Keep the original.
drop index if exists ix_notification_unread_notices;
