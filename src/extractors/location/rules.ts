/**
 * Location rules: administrative units with their prefix ("huyện Sóc Sơn"), provinces and
 * cities by name ("Nghệ An", "TP.HCM", "Vinh"), lists after a plural prefix ("các quận Ba Đình,
 * Đống Đa"), address chains ("Làng Sen, Nam Đàn, Nghệ An"), regions, countries, facilities
 * ("Sân bay Vinh"), features and roads ("sông Hồng", "quốc lộ 1A"). A place inside an
 * organization's name ("UBND tỉnh Quảng Ninh") is dropped by the locations-in-organizations refiner.
 */
import { B, E, build, matches, phrases, trigger, type Match } from '../../patterns/compose.js';
import { capWord, commonSurnames, continuesName, placeName, provinceName } from '../../patterns/organizations.js';
import countries from '../../lexicon/countries.json' with { type: 'json' };
import places from '../../lexicon/places.json' with { type: 'json' };
import provinces from '../../lexicon/provinces.json' with { type: 'json' };
import regions from '../../lexicon/regions.json' with { type: 'json' };
import type { Candidate, ExtractContext, Rule } from '../types.js';
import { lowerFirst, upperFirst } from '../../text/case.js';

/** A capitalized word right after: "Mỹ Đức" is a district, not "Mỹ". */
const CAPITALIZED_AFTER = /^\s+\p{Lu}/u;
/** Unless it starts a foreign name, which has no diacritics: "Tổng thống Pháp Emmanuel Macron". */
const FOREIGN_NAME_AFTER = /^\s+[A-Z][a-z]+\s+[A-Z][a-z]+(?![\p{L}\p{M}])/u;

function location(start: number, end: number, name: string, rule: string): Candidate {
  return { type: 'location', start, end, name: name.replace(/\s+/g, ' '), rule };
}

function before(ctx: ExtractContext, start: number, length = 30): string {
  return ctx.text.slice(Math.max(0, start - length), start);
}

/** Where a named group starts and ends in the text. */
function groupSpan(m: Match, name: string): [number, number] {
  const value = m.groups[name]!;
  const start = m.index + m[0].lastIndexOf(value);
  return [start, start + value.length];
}

const prefix = String.raw`(?:[Tt]ỉnh|[Tt]hành\s+phố|T[Pp]\.?|TX\.|[Qq]uận|[Hh]uyện|[Tt]hị\s+xã|[Tt]hị\s+trấn|[Xx]ã|[Pp]hường|[Đđ]ặc\s+khu|[Tt]hôn|[Kk]hu\s+phố|[Kk]hóm)`;

const numberWord = String.raw`(?:[Cc]ác|\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)`;
/** "các quận Ba Đình": the list rule reports the names alone. */
const PLURAL_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}])${numberWord}\s+$`, 'u');

/** Capitalized words that open a title, a body or a sentence, never a place name after a comma. */
const notPlaceStart = phrases(places.notPlaceStarts);
/**
 * A unit's name, or a personal name's three syllables with nothing capitalized after them: wards,
 * communes and streets are named after people ("phường Trần Hưng Đạo", "các phường Đồng Tâm,
 * Nguyễn Thái Học và Hồng Hà"). A numbered ward keeps its number before a pause ("Phường Hà Giang 1,").
 */
const unitName = String.raw`(?:{{placeName}}(?:[ ]+\d{1,2}(?=[ ]*[,.;:)]|[ ]+và\s|[ ]*$))?|${capWord}\s+${capWord}\s+${capWord}(?!\s*\p{Lu}))`;
const PERSONAL_NAME = new RegExp(String.raw`^\S+(?:\s+(?:phố|trấn|xã|khu))?\s+(?<surname>${capWord})\s+${capWord}\s+${capWord}$`, 'u');
/** The surnames that make three capitalized words look like a person's name (as `personStart` reads them). */
const COMMON_SURNAMES = new Set(commonSurnames);
const personalName = (unit: string): boolean => COMMON_SURNAMES.has(PERSONAL_NAME.exec(unit)?.groups?.surname ?? '');
/** "TP", "TX." stand for the city of the article in a body's name: "HĐND TP Nguyễn Ngọc Tuấn" names its officer. */
const ABBREVIATED_UNIT = /^T[PpX]/;
/**
 * Where a unit named like a person is a place: after a preposition or a word of place, or
 * opening a clause ("người dân phường Trần Hưng Đạo", "tại phường Phạm Ngũ Lão"). After a body
 * or an office the name is its officer's ("Chủ tịch UBND phường Nguyễn Văn A", "Chủ tịch Hội
 * cựu chiến binh xã Lê Văn A").
 */
const PLACE_CONTEXT_BEFORE = /(?:^|[,.;:(]|(?<![\p{L}\p{M}])(?:tại|ở|thuộc|về|đến|từ|của|dân|bàn|các|và|với|cho|trên|gồm|như|sang|qua))\s*$/iu;

/** ", Mê Linh", " và Đông Anh" after a unit: more units of the same level ("huyện Sóc Sơn, Mê Linh"). */
const moreUnits = String.raw`(?:(?:,\s*|\s+và\s+)(?!(?:${notPlaceStart}|${prefix})${E}){{placeName}}{{E}}(?!\s+\p{Lu})){0,6}`;

/** "huyện Sóc Sơn", "tỉnh Nghệ An", "Quận 1", "TP Hà Nội": the prefix stays in the span; names listed after it are places too. */
const adminUnit: Rule = {
  id: 'location.admin-unit',
  pattern: build(String.raw`{{B}}(?<unit>{{prefix}}(?:\s+|(?<=\.))${unitName}{{E}})(?<more>${moreUnits})`, { B, E, prefix, placeName }, 'g'),
  extract: (m, ctx) => {
    const prefixText = before(ctx, m.index);
    if (PLURAL_BEFORE.test(prefixText)) return null;
    const unit = m.groups.unit!;
    if (personalName(unit) && (ABBREVIATED_UNIT.test(unit) || !PLACE_CONTEXT_BEFORE.test(prefixText))) return null;
    const out = [location(m.index, m.index + unit.length, unit, 'location.admin-unit')];
    const moreStart = m.index + unit.length;
    for (const p of matches(singlePlace, m.groups.more ?? '')) out.push(location(moreStart + p.index, moreStart + p.index + p[0].length, p[0], 'location.admin-unit'));
    return out;
  },
};

/** Two-letter codes ("HN") are too ambiguous to stand alone; the rest of the spellings are names. */
const provinceSpellings = provinces.provinces.flatMap((p) => [p.name, ...(p.aliases ?? [])]).filter((s) => s.length > 2);
const namedPlaces = [...provinceSpellings, ...places.cities, ...places.historicalProvinces, ...places.culturalRegions, ...places.worldCities];
const honorific = new RegExp(`(?<![\\p{L}\\p{M}])(?:${places.honorifics.join('|')})\\s+$`, 'u');

/** A credit line names a photographer or reporter, whose name may be a place's: "Ảnh: Thái Bình", "Ảnh: Quang Vinh", "Phóng viên Hà Nam". */
const CREDIT_BEFORE = /(?:^|[\s(])(?:[Ảả]nh|Bài(?: và ảnh)?|Nguồn|[Pp]hóng viên|PV|Tác giả)[ \t]*(?::[ \t]*)?(?:\p{Lu}[\p{Ll}\p{M}]*[ \t]+)?$/u;
/** A football club named after its city is no place: "Hà Nội FC", "CLB Hải Phòng". */
const CLUB_BEFORE = /(?<![\p{L}\p{M}])(?:CLB|[Cc]âu lạc bộ)[ \t]+$/u;
const CLUB_AFTER = /^[ \t]+FC(?![\p{L}\p{N}])/u;
/** A one-syllable name after a title is a person's given name: "Bí thư Vinh", "Chủ tịch Huế". */
const TITLE_BEFORE = /(?:thư|tịch|tướng|trưởng|đốc|nhiệm|viên|ủy|[Tt]ổng)\s+$/u;

/** "Nghệ An", "TP.HCM", "Thừa Thiên Huế", "Vinh", "xứ Nghệ" by name; "ông Vinh" is a person. */
const namedPlace: Rule = {
  id: 'location.named-place',
  pattern: build(String.raw`{{B}}(?:${phrases(namedPlaces)}){{E}}`, { B, E }, 'g'),
  extract: (m, ctx) => {
    const prefixText = before(ctx, m.index);
    if (continuesName(prefixText) || honorific.test(prefixText) || CREDIT_BEFORE.test(prefixText)) return null;
    if (CLUB_BEFORE.test(prefixText) || CLUB_AFTER.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 5))) return null;
    if (!/\s/u.test(m[0]) && TITLE_BEFORE.test(prefixText)) return null;
    return location(m.index, m.index + m[0].length, m[0], 'location.named-place');
  },
};

const listHead = String.raw`${numberWord}\s+(?:quận|huyện|thị\s+xã|xã|phường|thị\s+trấn|tỉnh|thành\s+phố|địa\s+phương)(?:,\s+(?:quận|huyện|thị\s+xã|thành\s+phố|thị\s+trấn))*(?:\s+(?:là|gồm|như))?\s*:?`;

/** "các quận Ba Đình, Đống Đa, Hai Bà Trưng", "3 quận: Hoàn Kiếm, Ba Đình và Tây Hồ": each name is a place. */
const pluralList: Rule = {
  id: 'location.plural-list',
  trigger: trigger(String.raw`(?:quận|huyện|thị\s+xã|xã|phường|thị\s+trấn|tỉnh|thành\s+phố|địa\s+phương)`, 13),
  pattern: build(
    String.raw`{{B}}{{listHead}}\s+(?<items>${unitName}(?:(?:,\s*|\s+và\s+)${unitName}{{E}}){0,12}){{E}}`,
    { B, E, listHead, placeName },
    'g',
  ),
  extract: (m) => {
    const [start] = groupSpan(m, 'items');
    return [...matches(singlePlace, m.groups.items!)].map((p) => location(start + p.index, start + p.index + p[0].length, p[0], 'location.plural-list'));
  },
};

const singlePlace = build(String.raw`{{B}}${unitName}{{E}}`, { B, E, placeName }, 'g');

const regionNames = [...regions.regions, ...regions.worldRegions];
/** News writes a region's first letter either way ("Đồng bằng sông Cửu Long", "đồng bằng …", "Châu Á"). */
const regionSpellings = regionNames.flatMap((r) => [r, upperFirst(r), lowerFirst(r)]);

const region: Rule = {
  id: 'location.region',
  pattern: build(
    String.raw`{{B}}(?:${phrases(regionSpellings)}){{E}}`,
    { B, E },
    'g',
  ),
  extract: (m) => location(m.index, m.index + m[0].length, m[0].charAt(0).toUpperCase() === m[0].charAt(0) ? m[0] : regionName(m[0]), 'location.region'),
};

/** The lexicon spelling of a region matched in another case: "đồng bằng sông Cửu Long" → "Đồng bằng sông Cửu Long". */
function regionName(text: string): string {
  const folded = text.replace(/\s+/g, ' ').toLowerCase();
  return regionNames.find((r) => r.toLowerCase() === folded) ?? text;
}

const ambiguous = new Set(countries.ambiguous);
const countryNames = [...countries.countries, ...countries.territories, ...countries.historical];
const clearCountries = countryNames.filter((c) => !ambiguous.has(c));

/** "Cộng hòa xã hội chủ nghĩa Việt Nam", "Cộng hòa dân chủ nhân dân Lào": official names. */
const officialName = String.raw`Cộng\s+hòa\s+(?:(?:[Xx]ã\s+hội\s+chủ\s+nghĩa|[Dd]ân\s+chủ\s+[Nn]hân\s+dân|[Dd]ân\s+chủ|[Nn]hân\s+dân|[Ll]iên\s+bang|Hồi\s+giáo|Ả\s+Rập)\s+)?(?:${phrases(countryNames)})`;

const country: Rule = {
  id: 'location.country',
  pattern: build(String.raw`{{B}}(?:{{official}}|${phrases(clearCountries)}){{E}}`, { B, E, official: officialName }, 'g'),
  extract: (m, ctx) => {
    const official = m[0].startsWith('Cộng');
    if (!official && continuesName(before(ctx, m.index))) return null;
    return location(m.index, m.index + m[0].length, m[0], 'location.country');
  },
};

const countryCue = new RegExp(`(?<![\\p{L}\\p{M}])(?:${places.countryCues.join('|')})\\s+$`, 'iu');
/** In a list of countries: "Campuchia, Lào", "Việt Nam - Lào", "Lào và Thái Lan" (the item before is a whole country name). */
const countryListBefore = new RegExp(`(?:^|[,:;(]\\s*|(?:^|\\s)(?:${places.countryCues.join('|')})\\s+)(?:${phrases(clearCountries)})\\s*,\\s*$|(?:${phrases([...clearCountries, ...Object.keys(countries.shortForms)])})\\s*-\\s*$`, 'u');

/**
 * Country names that are also common words or given names ("Anh", "Đức", "Lào") count only
 * standing alone after a cue ("sang Nga", "tại Lào", "Campuchia, Lào") and never after an honorific.
 */
const ambiguousCountry: Rule = {
  id: 'location.country-ambiguous',
  pattern: build(String.raw`{{B}}(?:${phrases([...ambiguous])}){{E}}`, { B, E }, 'g'),
  extract: (m, ctx) => {
    const prefixText = before(ctx, m.index);
    const end = m.index + m[0].length;
    if (continuesName(prefixText) || (CAPITALIZED_AFTER.test(ctx.text.slice(end, end + 3)) && !FOREIGN_NAME_AFTER.test(ctx.text.slice(end, end + 40)))) return null;
    if (honorific.test(prefixText) || !(countryCue.test(prefixText) || countryListBefore.test(prefixText))) return null;
    return location(m.index, end, m[0], 'location.country-ambiguous');
  },
};

const FACILITY_START = new RegExp(`^(?:${phrases(places.facilityHeads)})\\s`, 'u');

/** "Sân bay Vinh", "Hội trường Diên Hồng", "Nhà Quốc hội": a facility head and a capitalized name, or a known landmark. */
const facility: Rule = {
  id: 'location.facility',
  pattern: build(
    String.raw`{{B}}(?:${phrases(places.namedPlaces)}|(?:${phrases(places.facilityHeads)})\s+(?:{{provinceName}}|{{cap}}(?:\s+{{cap}}){0,3})){{E}}`,
    { B, E, provinceName, cap: capWord },
    'g',
  ),
  // A head that ends a capitalized word is that word's last syllable: "Nhật Bản | Kishida Fumio", not the village "Bản Kishida".
  extract: (m, ctx) => (continuesName(before(ctx, m.index)) ? null : location(m.index, m.index + m[0].length, m[0], 'location.facility')),
};

/** Feature words, also capitalized at a sentence start ("Đường Trường Chinh"), but not "Hồ": a surname. */
const featureWords = places.featurePrefixes.flatMap((w) => (w === 'hồ' ? [w] : [w, upperFirst(w)]));

/** "sông Hồng", "đèo Hải Vân", "đường Nguyễn Trãi", "phố Hàng Bài": a lower-case feature word and a capitalized name. */
const feature: Rule = {
  id: 'location.feature',
  pattern: build(
    String.raw`{{B}}(?<!(?:[Tt]hành|[Cc]on)\s)(?:${phrases(featureWords)})\s+(?!(?:Bộ|Sở|Ban|Ủy|UBND|HĐND)\s)(?:{{provinceName}}|{{cap}}(?:\s+{{cap}}){0,3}){{E}}`,
    { B, E, provinceName, cap: capWord },
    'g',
  ),
  extract: (m) => location(m.index, m.index + m[0].length, m[0], 'location.feature'),
};

/**
 * "vùng đất Hồng Lam", "những người con của đất Kinh Bắc": a land named by its people, often an
 * old or poetic region name no list holds. The span is the name.
 */
const land: Rule = {
  id: 'location.land',
  trigger: trigger(String.raw`đất\s`, 8),
  pattern: build(
    String.raw`{{B}}(?:(?:[Vv]ùng|[Mm]iền|[Mm]ảnh)\s+đất|(?<=(?:của|về|trên)\s)đất)\s+(?<name>(?!(?:${notPlaceStart}|${prefix}){{E}}){{placeName}}){{E}}`,
    { B, E, placeName },
    'g',
  ),
  extract: (m) => {
    const [start, end] = groupSpan(m, 'name');
    return location(start, end, m.groups.name!, 'location.land');
  },
};

/** "quốc lộ 1A", "đường vành đai 2 và 3", "cao tốc Bắc - Nam": numbered or named roads. */
const road: Rule = {
  id: 'location.road',
  pattern: build(
    String.raw`{{B}}(?:${phrases(places.roadPrefixes)})\s+(?:\d+[A-Z]?(?:\s+và\s+\d+[A-Z]?)?|{{cap}}(?:\s+(?:-\s+)?{{cap}}){0,3}){{E}}`,
    { B, E, cap: capWord },
    'g',
  ),
  extract: (m) => location(m.index, m.index + m[0].length, m[0], 'location.road'),
};

/** Sentence-opening words that a capitalized run takes in: "Từ Làng Sen", "Và Việt Nam". */
const LEADING_WORDS = new Set(['Từ', 'Và', 'Ở', 'Còn', 'Nhưng', 'Vì', 'Do', 'Khi', 'Nếu', 'Sau', 'Trước', 'Ngoài', 'Cùng', 'Đến', 'Về', 'Qua', 'Cả']);

function withoutLeadingWord(item: { text: string; start: number }): void {
  if (knownPlaces.has(item.text.toLowerCase())) return;
  const [first, ...rest] = item.text.split(' ');
  if (!rest.length || !LEADING_WORDS.has(first!)) return;
  item.start += first!.length + 1;
  item.text = rest.join(' ');
}

const chainItem = String.raw`(?!(?:${notPlaceStart})${E}){{placeName}}{{E}}`;
const knownPlaces = new Set([...namedPlaces, ...clearCountries].map((n) => n.toLowerCase()));

/**
 * An address chain, smallest unit first: "Làng Sen, Nam Đàn, Nghệ An". When one link is a known
 * place (a province, city or country) or a named village, the others are places too.
 */
const addressChain: Rule = {
  id: 'location.address-chain',
  trigger: trigger(String.raw`,[^\S\n]*[\dA-ZĐÀ-ÝĂÂÊÔƠƯẠ-Ỹ]`, 40),
  pattern: build(String.raw`{{B}}${chainItem}(?:,[^\S\n]*${chainItem}){1,3}`, { B, E, placeName }, 'g'),
  extract: (m, ctx) => {
    const prefixText = before(ctx, m.index);
    if (continuesName(prefixText) || honorific.test(prefixText)) return null;
    // A bare number is a year or a count before a place ("năm 2025, Hà Nội"), not a link.
    const items = [...m[0].matchAll(/[^,]+/gu)].map((p) => ({ text: p[0].trim(), start: m.index + p.index! + p[0].search(/\S/u) })).filter((i) => !/^\d+$/u.test(i.text));
    if (items.length === 0) return null;
    withoutLeadingWord(items[0]!);
    const isKnown = (i: { text: string }): boolean => knownPlaces.has(i.text.toLowerCase()) || FACILITY_START.test(i.text);
    if (!items.some(isKnown)) return null;
    // A last link followed by a lower-case word may be the subject of the next clause ("…, Nghệ An, Bác đã …").
    const end = m.index + m[0].length;
    const opensClause = /^\s+\p{Ll}/u.test(ctx.text.slice(end, end + 3));
    const links = opensClause && !isKnown(items.at(-1)!) ? items.slice(0, -1) : items;
    return links.map((i) => location(i.start, i.start + i.text.length, i.text, 'location.address-chain'));
  },
};

export const rules: Rule[] = [adminUnit, namedPlace, pluralList, region, country, ambiguousCountry, facility, feature, land, road, addressChain];
