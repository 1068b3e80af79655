-- The simulated administration's public code page counts entries per source address here, not in one
-- node's memory, so that the limit holds whichever node the load balancer picks (CodeEntryLimit).
-- Rows older than the window are deleted as new entries come in.
create table code_entry (
    source_address varchar(64)  not null,
    entered_at     timestamptz  not null
);

create index code_entry_address_time on code_entry (source_address, entered_at);
create index code_entry_time on code_entry (entered_at);
