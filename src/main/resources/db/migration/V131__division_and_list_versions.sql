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

-- The short reference lists (service content types, pre-approval items, approved domain suffixes)
-- likewise: read by every website form and website change's case page, changed by an admin rarely.
insert into reference_data_version (name) values ('reference_list');

create trigger service_type_version
    after insert or update or delete or truncate on service_type
    for each statement execute function bump_reference_data_version('reference_list');
create trigger pre_approval_item_version
    after insert or update or delete or truncate on pre_approval_item
    for each statement execute function bump_reference_data_version('reference_list');
create trigger approved_domain_suffix_version
    after insert or update or delete or truncate on approved_domain_suffix
    for each statement execute function bump_reference_data_version('reference_list');
