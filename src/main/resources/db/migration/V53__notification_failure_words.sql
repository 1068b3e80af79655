-- Issue 16: the outbox says why the last attempt failed in words, from a kind recorded with the
-- failure (DeliveryFailure); the raw error text stays in last_error for the log's reader.
alter table notification add column last_failure varchar(16)
    constraint ck_notification_last_failure check (last_failure in ('MAIL_REFUSED', 'SMS_REFUSED', 'UNREACHABLE',
        'TIMED_OUT', 'SMS_UNAVAILABLE', 'OTHER'));
