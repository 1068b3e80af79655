-- Staff searches for "any part of" a text: trigram indexes (pg_trgm, in PostgreSQL's standard
-- contrib and a trusted extension, so the database's owner may create it) let
-- `like '%text%'` read the rows that contain the text's trigrams instead of scanning every row.
create extension if not exists pg_trgm;

-- Admin filings search: ICP number, organiser name (both compared in lower case) and domains.
create index ix_filing_subject_icp_number_trgm on filing_subject using gin (lower(icp_number) gin_trgm_ops);
create index ix_filing_subject_organiser_trgm on filing_subject using gin (lower(organiser_name) gin_trgm_ops);
create index ix_filing_website_domain_name_trgm on filing_website_domain using gin (name gin_trgm_ops);

-- Domain records (/review/domains): any part of the domain.
create index ix_domain_registration_domain_trgm on domain_registration using gin (domain gin_trgm_ops);
