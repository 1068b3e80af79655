-- The header's unread count runs on every page: an index of the unread notices alone keeps it
-- small however many notices an account has read over the years.
create index ix_notification_unread_notices on notification (recipient_account_id)
    where channel = 'NOTICE' and read_at is null;
