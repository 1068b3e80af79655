-- Notices (issue 15 item 10, issue 20).
--
-- 1. A notice is stored as a message key and its arguments (JSON) and worded when it is read, in
--    the reader's language of the moment. Rows written before keep their text: message_key stays
--    null and subject/body are shown as they are. Emails and texts keep their text (they were sent
--    in the recipient's language), so subject/body are required for them and for old notices only.
alter table notification add column message_key varchar(100);
alter table notification add column message_args jsonb;
alter table notification alter column subject drop not null;
alter table notification alter column body drop not null;
alter table notification add constraint ck_notification_text
    check (message_key is not null or (subject is not null and body is not null));
alter table notification add constraint ck_notification_message_key_notice
    check (message_key is null or channel = 'NOTICE');

-- 2. The notices page pages by (created_at, id), newest first: the key of the index (read
--    backwards), so an "Older" page is one index range scan however many notices an account has.
create index ix_notification_notice_page on notification (recipient_account_id, created_at, id)
    where channel = 'NOTICE';
drop index if exists ix_notification_notices;

-- 3. Overdue orders make one unread digest notice per reviewer ("N orders became overdue"), whose
--    count grows until it is read: at most one unread per reviewer, also when two nodes' batches
--    meet (insert … on conflict on this index does update).
create unique index ux_notification_overdue_digest on notification (recipient_account_id)
    where channel = 'NOTICE' and kind = 'ORDERS_OVERDUE' and read_at is null;
