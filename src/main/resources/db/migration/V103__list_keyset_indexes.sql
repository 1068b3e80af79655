-- Keyset paging of the list pages: each list's filter followed by its sort key and the id (the id
-- breaks ties, so "Next page" continues exactly after the last row shown).

-- The applicant's home: their subjects in ICP number order.
create index ix_filing_subject_owner_icp_number on filing_subject (owner_id, icp_number);
drop index ix_filing_subject_owner;

-- "Your orders": newest first.
create index ix_change_order_applicant_created on change_order (applicant_id, created_at desc, id desc);
drop index ix_change_order_applicant;

-- The admins' outbox: all messages newest first, or those of one status.
create index ix_notification_outbox_created on notification (created_at desc, id desc) where channel <> 'NOTICE';
create index ix_notification_outbox_status on notification (status, created_at desc, id desc) where channel <> 'NOTICE';
drop index ix_notification_outbox;
