-- Issue 16: a message refused for good (SMTP 5xx, SMS gateway 4xx) or failed max-attempts times is a
-- dead letter: DEAD is final for the automatic retries; only an admin's resend tries it again.
alter table notification drop constraint ck_notification_status;
alter table notification add constraint ck_notification_status
    check (status in ('PENDING', 'SENDING', 'SENT', 'KEPT', 'FAILED', 'DEAD'));
