-- Approved suffixes a province does not accept for new proposals ("some provinces accept only
-- common TLDs"). Removing an approved suffix removes its restrictions with it.
create table province_restricted_suffix (
    province_code varchar(6)  not null
        constraint fk_province_restricted_suffix_province references province (code) on delete cascade,
    suffix        varchar(63) not null
        constraint fk_province_restricted_suffix_suffix references approved_domain_suffix (suffix) on delete cascade,
    constraint pk_province_restricted_suffix primary key (province_code, suffix)
);
create index ix_province_restricted_suffix_suffix on province_restricted_suffix (suffix);
