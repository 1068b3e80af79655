-- Wrong codes on the simulated administration's public page no longer reject the order (anyone
-- knowing a reference and a mobile can type there): they pause entries for that order's mobile
-- from the address that typed them. Kept here, not in a node's memory, so it holds across nodes (the
-- per-address limit of entries is V82's code_entry).
create table simulated_code_wrong (
    order_id       uuid         not null constraint fk_simulated_code_wrong_order references change_order (id) on delete cascade,
    mobile         varchar(20)  not null,
    source_address varchar(64)  not null,
    wrong_attempts int          not null,
    paused_until   timestamptz,
    constraint pk_simulated_code_wrong primary key (order_id, mobile, source_address)
);
