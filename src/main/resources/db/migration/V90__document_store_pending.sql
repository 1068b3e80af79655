-- Keys an object store (portal.documents.store=s3) has written or is about to write, recorded before
-- the object is put. The sweep works from this table instead of listing the bucket: a key whose
-- document row exists is forgotten, one without a row (the upload's transaction rolled back, or the
-- node died between the put and the commit) is deleted from the bucket once older than the grace.
create table document_store_pending (
    storage_key text        not null constraint pk_document_store_pending primary key,
    written_at  timestamptz not null
);
create index ix_document_store_pending_written on document_store_pending (written_at);
