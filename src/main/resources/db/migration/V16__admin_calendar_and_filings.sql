-- Admin console for the calendar and the filings (issue 8).
-- Calendar entries keep the name as published (usually Chinese) and a link to the official notice;
-- an entry an admin types or imports may have no English name. A version guards removal.
alter table calendar_day alter column name_en drop not null;
alter table calendar_day add column notice_url varchar(500);
alter table calendar_day add column version bigint not null default 0;
alter table calendar_day add constraint ck_calendar_day_notice_url
    check (notice_url is null or notice_url ~ '^https?://');
