-- Designated photo sites where the website principal can have the verification photo taken.
create table photo_site (
    id            uuid         primary key,
    province_code varchar(6)   not null constraint fk_photo_site_province references province (code),
    name_zh       varchar(100) not null,
    name_en       varchar(200) not null,
    address       varchar(300) not null,
    opening_hours varchar(100) not null,
    active        boolean      not null default true,
    version       bigint       not null default 0
);
create index ix_photo_site_province on photo_site (province_code) where active;

insert into photo_site (id, province_code, name_zh, name_en, address, opening_hours) values
    ('6f1c2a3e-0b6f-4b0e-9a51-0c1f8a7e1001', '110000', '朝阳区幕布拍照点', 'Chaoyang photo site', '北京市朝阳区建国路甲10号1层', '周一至周五 09:00-17:30'),
    ('6f1c2a3e-0b6f-4b0e-9a51-0c1f8a7e1002', '110000', '海淀区幕布拍照点', 'Haidian photo site', '北京市海淀区中关村大街27号2层', '周一至周五 09:00-17:30'),
    ('6f1c2a3e-0b6f-4b0e-9a51-0c1f8a7e1003', '120000', '和平区幕布拍照点', 'Heping photo site', '天津市和平区南京路189号', '周一至周五 09:00-17:00'),
    ('6f1c2a3e-0b6f-4b0e-9a51-0c1f8a7e1004', '610000', '雁塔区幕布拍照点', 'Yanta photo site', '陕西省西安市雁塔区科技路33号', '周一至周五 09:00-17:00');

-- A backdrop mailed to a mainland China address; at most one open request per order.
create table backdrop_request (
    id              uuid         primary key,
    order_id        uuid         not null constraint fk_backdrop_request_order references change_order (id),
    status          varchar(16)  not null
        constraint ck_backdrop_request_status check (status in ('REQUESTED', 'SHIPPED', 'RECEIVED')),
    province_code   varchar(6)   not null constraint fk_backdrop_request_province references administrative_division (code),
    city_code       varchar(6)   not null constraint fk_backdrop_request_city references administrative_division (code),
    district_code   varchar(6)   constraint fk_backdrop_request_district references administrative_division (code),
    street          varchar(300) not null,
    recipient       varchar(64)  not null,
    mobile          varchar(11)  not null,
    carrier         varchar(64),
    tracking_number varchar(64),
    requested_at    timestamptz  not null,
    shipped_at      timestamptz,
    received_at     timestamptz,
    version         bigint       not null default 0,
    constraint ck_backdrop_request_shipped check (status = 'REQUESTED' or (carrier is not null and tracking_number is not null))
);
create unique index uq_backdrop_request_open_per_order on backdrop_request (order_id) where status <> 'RECEIVED';
