-- Notifications (issue 10).
--
-- 1. Spring Modulith 2.0's JPA event publication registry: one row per event and listener, written
--    in the transaction of the change that published the event. Copied from the schema file of
--    spring-modulith-events-jdbc 2.0.3 (schemas/v2/schema-postgresql.sql), the one that matches the
--    2.0 JPA entity (status, completion_attempts, last_resubmission_date); Flyway owns it.
create table if not exists event_publication
(
    id                     uuid                     not null,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone,
    constraint pk_event_publication primary key (id)
);
create index if not exists event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);

-- 2. The outbox: every email, SMS and in-app notice, one row per message. dedup_key is derived from
--    the event (type, order, what it carries), the channel and the recipient, so a resubmitted event
--    finds its row and never sends twice.
create table notification (
    id                   uuid         primary key,
    dedup_key            varchar(400) not null constraint uq_notification_dedup_key unique,
    channel              varchar(8)   not null constraint ck_notification_channel check (channel in ('EMAIL', 'SMS', 'NOTICE')),
    kind                 varchar(48)  not null,
    recipient_account_id uuid         constraint fk_notification_account references account (id) on delete cascade,
    recipient_address    varchar(254),
    locale               varchar(16)  not null,
    order_id             uuid,
    reference            varchar(64),
    subject              text         not null,
    body                 text         not null,
    link                 varchar(300),
    status               varchar(16)  not null constraint ck_notification_status
                             check (status in ('PENDING', 'SENDING', 'SENT', 'KEPT', 'FAILED')),
    attempts             int          not null default 0,
    last_error           text,
    created_at           timestamptz  not null,
    claimed_at           timestamptz,
    sent_at              timestamptz,
    read_at              timestamptz,
    constraint ck_notification_notice_recipient check (channel <> 'NOTICE' or recipient_account_id is not null),
    constraint ck_notification_address check (channel = 'NOTICE' or recipient_address is not null)
);
-- the header's unread count and the notices page
create index ix_notification_notices on notification (recipient_account_id, created_at desc) where channel = 'NOTICE';
create index ix_notification_unread on notification (recipient_account_id) where channel = 'NOTICE' and read_at is null;
-- the admin outbox page, by status and newest first
create index ix_notification_outbox on notification (status, created_at desc) where channel <> 'NOTICE';

-- 3. The SMS deadline reminder is raised once per order and deadline.
create table sms_deadline_reminder (
    order_id  uuid        not null,
    due_at    timestamptz not null,
    raised_at timestamptz not null,
    constraint pk_sms_deadline_reminder primary key (order_id, due_at)
);
