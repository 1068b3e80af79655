-- "Mark all read" in constant time (issue 20: 21.5 s at 201,000 notices; an UPDATE of every unread
-- row still took 10 s at 200,000, each row a new tuple in every index of the table).
--
-- notice_read_mark.read_before: every notice of the account created at or before it counts as read,
-- whatever its read_at. Marking all read moves the mark (one row) and closes the open overdue digest
-- (at most one row, so that the next batch starts a new one). A notice is unread when read_at is
-- null and it was created after the mark.
create table notice_read_mark (
    account_id  uuid        primary key constraint fk_notice_read_mark_account references account (id) on delete cascade,
    read_before timestamptz not null
);

-- The header's count reads the unread notices created after the mark, at most 100 of them: a range
-- of this index, which skips everything the mark covers without reading it. It replaces V19's
-- ix_notification_unread (recipient only), which would walk past every unread row under the mark.
create index ix_notification_unread_since on notification (recipient_account_id, created_at)
    where channel = 'NOTICE' and read_at is null;
drop index if exists ix_notification_unread;
