-- What registrars say about a domain, kept by provider staff: since 2018 the administration checks
-- that a filed domain is real-name verified, registered to the subject and not about to expire.
create table domain_registration (
    domain             varchar(253) primary key,
    registrant         varchar(200) not null,
    real_name_verified boolean      not null,
    expires_on         date         not null,
    source             varchar(200) not null,
    updated_at         timestamptz  not null,
    version            bigint       not null default 0
);
