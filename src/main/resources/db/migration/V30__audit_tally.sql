-- Repeated anonymous events (failed sign-ins, refused API calls) are counted here instead of each
-- writing a row to the append-only audit_entry: the first of a key in a time window is written to
-- the trail at once, the rest only counted, and when the window has closed one summary row with the
-- count goes to the trail. A flood therefore writes at most two trail rows per key and window, and
-- the number of keys per window and kind is capped (the rest share one overflow key).
create table audit_tally (
    kind           varchar(100) not null,
    window_start   timestamptz  not null,
    tally_key      varchar(200) not null,
    occurrences    integer      not null constraint ck_audit_tally_occurrences check (occurrences > 0),
    first_at       timestamptz  not null,
    last_at        timestamptz  not null,
    actor_name     varchar(100),
    entity         varchar(100) not null,
    entity_id      varchar(200) not null,
    source_address varchar(64),
    summarised     boolean      not null default false,
    constraint pk_audit_tally primary key (kind, window_start, tally_key)
);
create index ix_audit_tally_open on audit_tally (window_start) where not summarised;
