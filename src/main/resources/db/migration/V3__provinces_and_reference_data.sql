-- The 31 provincial-level regions and their rules for changes; every value here is an admin setting.
create table province (
    code                      varchar(6)      primary key constraint fk_province_division references administrative_division (code),
    name_en                   varchar(64)  not null,
    name_zh                   varchar(32)  not null,
    subject_change_allowed    boolean      not null default true,
    website_change_allowed    boolean      not null default true,
    sms_verification_required boolean      not null default false,
    verification_channel      varchar(8)   not null default 'PHOTO'
        constraint ck_province_verification_channel check (verification_channel in ('PHOTO', 'APP')),
    domain_certificate_rule   varchar(16)  not null default 'NEW_DOMAINS'
        constraint ck_province_domain_certificate_rule check (domain_certificate_rule in ('NEVER', 'NEW_DOMAINS', 'ALWAYS')),
    max_domains_per_website   integer      not null default 1
        constraint ck_province_max_domains check (max_domains_per_website between 1 and 100),
    review_min_workdays       integer      not null default 3,
    review_max_workdays       integer      not null default 20,
    version                   bigint       not null default 0,
    constraint ck_province_review_window check (review_min_workdays >= 1 and review_min_workdays <= review_max_workdays)
);

-- ICP number prefixes of a province (Sichuan and Gansu have two).
create table province_icp_prefix (
    province_code varchar(6)    not null constraint fk_province_icp_prefix_province references province (code) on delete cascade,
    prefix        varchar(2) not null,
    position      integer    not null,
    constraint pk_province_icp_prefix primary key (province_code, prefix),
    constraint uq_province_icp_prefix_prefix unique (prefix)
);

-- "Some provincial and municipal authorities do not permit changes": a city may be stricter (or
-- looser) than its province. A null permission means "as the province".
create table city_rule_override (
    city_code              varchar(6)      primary key constraint fk_city_rule_override_city references administrative_division (code),
    province_code          varchar(6)      not null constraint fk_city_rule_override_province references province (code) on delete cascade,
    subject_change_allowed boolean,
    website_change_allowed boolean,
    note                   varchar(500),
    version                bigint       not null default 0
);
create index ix_city_rule_override_province on city_rule_override (province_code);

create table service_type (
    code     varchar(40)  primary key,
    name_en  varchar(100) not null,
    name_zh  varchar(50)  not null,
    position integer      not null
);

create table pre_approval_item (
    code     varchar(40)  primary key,
    name_en  varchar(100) not null,
    name_zh  varchar(50)  not null,
    position integer      not null
);

-- Domain suffixes approved by the MIIT; stored in their ASCII (punycode) form without the leading dot.
create table approved_domain_suffix (
    suffix     varchar(63)  primary key,
    unicode    varchar(63)  not null,
    created_at timestamptz  not null default now()
);

insert into province (code, name_en, name_zh)
select code, name_en, name_zh from administrative_division where level = 'PROVINCE';

-- The seed: SMS verification in these seven provinces.
update province set sms_verification_required = true
 where code in ('120000', '620000', '540000', '640000', '460000', '650000', '630000');
-- Shanghai verifies the website principal in the Shanghai administration's app.
update province set verification_channel = 'APP' where code = '310000';
-- Provider documentation: Shaanxi does not permit a change of subject.
update province set subject_change_allowed = false where code = '610000';

insert into province_icp_prefix (province_code, prefix, position) values
    ('110000', '京', 0), ('120000', '津', 0), ('130000', '冀', 0), ('140000', '晋', 0), ('150000', '蒙', 0),
    ('210000', '辽', 0), ('220000', '吉', 0), ('230000', '黑', 0), ('310000', '沪', 0), ('320000', '苏', 0),
    ('330000', '浙', 0), ('340000', '皖', 0), ('350000', '闽', 0), ('360000', '赣', 0), ('370000', '鲁', 0),
    ('410000', '豫', 0), ('420000', '鄂', 0), ('430000', '湘', 0), ('440000', '粤', 0), ('450000', '桂', 0),
    ('460000', '琼', 0), ('500000', '渝', 0), ('510000', '川', 0), ('510000', '蜀', 1), ('520000', '黔', 0),
    ('530000', '滇', 0), ('540000', '藏', 0), ('610000', '陕', 0), ('620000', '甘', 0), ('620000', '陇', 1),
    ('630000', '青', 0), ('640000', '宁', 0), ('650000', '新', 0);

insert into service_type (code, name_en, name_zh, position) values
    ('UNIT_PORTAL', 'Unit portal', '单位门户网站', 1),
    ('COMPREHENSIVE_PORTAL', 'Comprehensive portal', '综合门户', 2),
    ('BLOG', 'Blog / personal space', '博客/个人空间', 3),
    ('ONLINE_SHOPPING', 'Online shopping', '网络购物', 4),
    ('ONLINE_NEWS', 'Online news', '网上新闻', 5),
    ('ONLINE_VIDEO', 'Online video', '网络视频', 6),
    ('ONLINE_GAMES', 'Online games', '网络游戏', 7),
    ('ONLINE_EDUCATION', 'Online education', '网络教育', 8),
    ('ONLINE_ADVERTISING', 'Online advertising', '网络广告', 9),
    ('INSTANT_MESSAGING', 'Instant messaging', '即时通信', 10),
    ('SEARCH_ENGINE', 'Search engine', '搜索引擎', 11),
    ('OTHER', 'Other', '其他', 12);

insert into pre_approval_item (code, name_en, name_zh, position) values
    ('NEWS', 'News', '新闻', 1),
    ('PUBLISHING', 'Publishing', '出版', 2),
    ('EDUCATION', 'Education', '教育', 3),
    ('MEDICAL', 'Medical and health care', '医疗保健', 4),
    ('DRUGS_AND_DEVICES', 'Drugs and medical devices', '药品和医疗器械', 5),
    ('CULTURE', 'Culture', '文化', 6),
    ('BROADCASTING', 'Broadcasting, film and TV', '广播电影电视节目', 7),
    ('BULLETIN', 'Electronic bulletin services', '电子公告服务', 8),
    ('FINANCE', 'Finance', '金融', 9),
    ('RIDE_HAILING', 'Online ride-hailing', '网络预约车', 10),
    ('GAMES', 'Games', '网络游戏', 11);

insert into approved_domain_suffix (suffix, unicode) values
    ('cn', 'cn'), ('com', 'com'), ('net', 'net'), ('org', 'org'),
    ('xn--fiqs8s', '中国'), ('xn--55qx5d', '公司'), ('xn--io0a7i', '网络'),
    ('top', 'top'), ('xyz', 'xyz'), ('vip', 'vip'), ('ltd', 'ltd'), ('shop', 'shop'), ('site', 'site'),
    ('online', 'online'), ('tech', 'tech'), ('info', 'info'), ('biz', 'biz'), ('cc', 'cc'), ('tv', 'tv'),
    ('mobi', 'mobi'), ('name', 'name'), ('pro', 'pro'), ('club', 'club');
