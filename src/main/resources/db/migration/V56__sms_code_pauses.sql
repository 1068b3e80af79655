-- Wrong codes on the simulated administration's public page no longer reject the order (anyone
-- knowing a reference and a mobile can type there): they pause entries for that order's mobile
-- from the address that typed them. Both this and the per-address limit live here, so they hold
-- across nodes.
create table simulated_code_wrong (
    order_id       uuid         not null constraint fk_simulated_code_wrong_order references change_order (id) on delete cascade,
    mobile         varchar(20)  not null,
    source_address varchar(64)  not null,
    wrong_attempts int          not null,
    paused_until   timestamptz,
    constraint pk_simulated_code_wrong primary key (order_id, mobile, source_address)
);

create table simulated_code_entry (
    id             bigserial    primary key,
    source_address varchar(64)  not null,
    entered_at     timestamptz  not null
);

create index ix_simulated_code_entry_address on simulated_code_entry (source_address, entered_at);
