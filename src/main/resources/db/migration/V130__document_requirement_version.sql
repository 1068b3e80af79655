-- The required-documents rules join the reference data kept in memory (see V125): every change of
-- document_requirement, by whatever writer, moves this version on, and each node reloads the rules
-- at its next request instead of reading the whole table on every page that lists documents.
insert into reference_data_version (name) values ('document_requirement');

create trigger document_requirement_version
    after insert or update or delete or truncate on document_requirement
    for each statement execute function bump_reference_data_version('document_requirement');
