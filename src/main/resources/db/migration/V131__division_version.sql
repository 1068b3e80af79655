-- The administrative divisions join the reference data kept in memory (see V125): every change of
-- administrative_division or historic_region_code, by whatever writer (the admin's import on any
-- node, psql), moves this version on, and each node reloads the divisions at its next request
-- instead of reading division names on every page that shows a place.
insert into reference_data_version (name) values ('division');

create trigger administrative_division_version
    after insert or update or delete or truncate on administrative_division
    for each statement execute function bump_reference_data_version('division');
create trigger historic_region_code_version
    after insert or update or delete or truncate on historic_region_code
    for each statement execute function bump_reference_data_version('division');
