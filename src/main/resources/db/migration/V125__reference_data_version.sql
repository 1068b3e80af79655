-- One row per kind of reference data: its version moves on with every statement that changes that
-- data (the statement-level triggers below, whoever writes: the portal on any node, an import, psql).
-- Each node keeps the data in memory with the version it was read at and reads these few rows once
-- per request (ReferenceVersions), reloading only what moved: a change saved on one node is seen by
-- every node at its next request, without reading the data itself on every page.
create table reference_data_version (
    name    varchar(40) primary key,
    version bigint not null default 0
);

insert into reference_data_version (name) values ('province'), ('calendar');

create function bump_reference_data_version() returns trigger language plpgsql as $$
begin
    update reference_data_version set version = version + 1 where name = tg_argv[0];
    return null;
end
$$;

create trigger province_version after insert or update or delete or truncate on province
    for each statement execute function bump_reference_data_version('province');
create trigger province_icp_prefix_version after insert or update or delete or truncate on province_icp_prefix
    for each statement execute function bump_reference_data_version('province');
create trigger province_restricted_suffix_version
    after insert or update or delete or truncate on province_restricted_suffix
    for each statement execute function bump_reference_data_version('province');
create trigger city_rule_override_version after insert or update or delete or truncate on city_rule_override
    for each statement execute function bump_reference_data_version('province');

create trigger calendar_day_version after insert or update or delete or truncate on calendar_day
    for each statement execute function bump_reference_data_version('calendar');
