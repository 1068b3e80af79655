-- Uploaded documents. The file lives in the document store (outside the web root) under
-- storage_key; this row is written in the same unit of work, and the sweep removes files with no row.
create table document (
    id           uuid         primary key,
    owner_id     uuid         not null constraint fk_document_owner references account (id),
    subject_id   uuid         constraint fk_document_subject references filing_subject (id),
    kind         varchar(32)  not null
        constraint ck_document_kind check (kind in ('ID_CARD_FRONT', 'ID_CARD_BACK', 'BUSINESS_LICENCE',
            'AUTHENTICITY_COMMITMENT', 'DOMAIN_CERTIFICATE', 'NAME_CHANGE_PROOF', 'AUTHORISATION_LETTER',
            'VERIFICATION_PHOTO')),
    file_kind    varchar(8)   not null constraint ck_document_file_kind check (file_kind in ('JPEG', 'PNG', 'PDF')),
    display_name varchar(200) not null,
    size_bytes   bigint       not null constraint ck_document_size check (size_bytes > 0),
    sha256       varchar(64)  not null,
    width        integer,
    height       integer,
    storage_key  varchar(100) not null constraint uq_document_storage_key unique,
    uploaded_at  timestamptz  not null
);
create index ix_document_owner_subject on document (owner_id, subject_id, kind);

-- Which documents a caller (a change order, by its reference) uses: a document uploaded once can
-- serve several orders of the same subject.
create table document_attachment (
    reference   varchar(64) not null,
    kind        varchar(32) not null,
    document_id uuid        not null constraint fk_document_attachment_document references document (id),
    attached_at timestamptz not null,
    constraint pk_document_attachment primary key (reference, kind)
);
create index ix_document_attachment_document on document_attachment (document_id);

-- The required-documents rules, as data: a document kind is required for a change when every
-- column that is not null matches what the caller describes.
create table document_requirement (
    id               integer      primary key,
    document_kind    varchar(32)  not null,
    change_type      varchar(16)  constraint ck_document_requirement_change check (change_type in ('SUBJECT_CHANGE', 'WEBSITE_CHANGE')),
    subject_category varchar(16)  constraint ck_document_requirement_category check (subject_category in ('ORGANISATION', 'INDIVIDUAL')),
    condition        varchar(40)  not null
        constraint ck_document_requirement_condition check (condition in ('ALWAYS', 'ORGANISER_NAME_CHANGED',
            'PRINCIPAL_NOT_LEGAL_REPRESENTATIVE', 'DOMAIN_CERTIFICATE_ALWAYS', 'DOMAINS_ADDED_OR_REPLACED',
            'DOMAIN_WITHOUT_RECORD')),
    reason_key       varchar(100) not null
);

insert into document_requirement (id, document_kind, change_type, subject_category, condition, reason_key) values
    (1, 'ID_CARD_FRONT', null, null, 'ALWAYS', 'document.why.principalId'),
    (2, 'ID_CARD_BACK', null, null, 'ALWAYS', 'document.why.principalId'),
    (3, 'BUSINESS_LICENCE', null, 'ORGANISATION', 'ALWAYS', 'document.why.licence'),
    (4, 'AUTHENTICITY_COMMITMENT', null, null, 'ALWAYS', 'document.why.commitment'),
    (5, 'DOMAIN_CERTIFICATE', 'WEBSITE_CHANGE', null, 'DOMAIN_CERTIFICATE_ALWAYS', 'document.why.domainAlways'),
    (6, 'DOMAIN_CERTIFICATE', 'WEBSITE_CHANGE', null, 'DOMAINS_ADDED_OR_REPLACED', 'document.why.domainNew'),
    (7, 'DOMAIN_CERTIFICATE', 'WEBSITE_CHANGE', null, 'DOMAIN_WITHOUT_RECORD', 'document.why.domainNoRecord'),
    (8, 'NAME_CHANGE_PROOF', 'SUBJECT_CHANGE', 'ORGANISATION', 'ORGANISER_NAME_CHANGED', 'document.why.nameChange'),
    (9, 'AUTHORISATION_LETTER', null, 'ORGANISATION', 'PRINCIPAL_NOT_LEGAL_REPRESENTATIVE', 'document.why.authorisation');
