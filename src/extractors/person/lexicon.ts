/**
 * The person extractor's view of the lexicons: surnames, titles and the words around names,
 * compiled once into sets and pattern sources. All strings are NFC with the new tone placement,
 * like the normalized text the rules read.
 */
import countries from '../../lexicon/countries.json' with { type: 'json' };
import nameContext from '../../lexicon/name-context.json' with { type: 'json' };
import provinces from '../../lexicon/provinces.json' with { type: 'json' };
import regions from '../../lexicon/regions.json' with { type: 'json' };
import surnames from '../../lexicon/surnames.json' with { type: 'json' };
import titles from '../../lexicon/titles.json' with { type: 'json' };
import { oneOf } from '../../patterns/compose.js';
import { upperFirst } from '../../text/case.js';

const fold = (s: string): string => s.toLowerCase();

/** Single-syllable surnames, and the first syllable of compound ones ("Tôn Thất", "Âu Dương"). */
export const SURNAMES = new Set([...surnames.surnames, ...surnames.buddhistPrefixes].map((s) => s.split(' ')[0]!));

/** The most frequent Kinh surnames (the lexicon lists them first): rarely inside a given name. */
export const COMMON_SURNAMES = new Set(surnames.surnames.slice(0, 16));

/** Kinh middle names that mark a personal name even without a cue ("Nguyễn Thị Lan"). */
export const MIDDLE_NAMES = new Set(['Thị', 'Văn']);

/** Place names a capitalized run may start with before a name: "Hà Nội Đinh Văn A". */
const PROVINCE_KINDS = /^(?:Thành phố|Tỉnh|TP\.?|Tp\.?)\s+/;
export const PLACE_NAMES: readonly string[] = [
  ...provinces.provinces.flatMap((p) => [p.name, ...(p.aliases ?? [])]).map((n) => n.replace(PROVINCE_KINDS, '')),
  ...countries.countries,
  ...regions.regions.filter((r) => /^\p{Lu}/u.test(r)),
  // "châu Mỹ" is capitalized in names of bodies: "Vụ Châu Mỹ".
  ...regions.worldRegions.map(upperFirst),
  ...nameContext.extraPlaces,
].filter((n) => n.includes(' '));

/** Bodies' names written all in capitals, which a name may follow but never starts with: "Bộ Công Thương Hà Văn A". */
export const BODY_NAMES: readonly string[] = nameContext.bodyNames;

/** One-word country names ("Mỹ", "Lào") that may stand between an office and a foreign name. */
export const COUNTRY_WORDS = new Set(countries.countries.filter((c) => !c.includes(' ')));

/** Every province and country name: "Đại sứ Việt Nam tại Trung Quốc" continues into a place. */
export const ANY_PLACE = oneOf([
  ...provinces.provinces.flatMap((p) => [p.name, ...(p.aliases ?? [])]).map((n) => n.replace(PROVINCE_KINDS, '')),
  ...countries.countries,
]);

/** Words before a name that make it a place, a school, a street or an idea ("tư tưởng Hồ Chí Minh"), also capitalized. */
export const PLACE_OR_IDEA_WORDS: readonly string[] = nameContext.placeOrIdeaBefore.flatMap((w) => [w, upperFirst(w)]);
export const PLACE_OR_IDEA_BEFORE = oneOf(PLACE_OR_IDEA_WORDS);
/** The one-word ones, which also open a place's own name ("Đường Trường Sơn", "Chùa Một Cột"). */
export const PLACE_WORDS = new Set(nameContext.placeOrIdeaBefore.filter((w) => !w.includes(' ') && w === w.toLowerCase()));

/** "Thanh niên", "Chính trị": a capitalized syllable and a lower-case one that make an institution word, not a name. */
export const INSTITUTION_PAIRS = new Set(nameContext.institutionPairs.map(fold));

/** One-word honorifics as they start a sentence ("Ông Nguyễn Văn A"): "Ông" is also a surname. */
export const HONORIFIC_WORDS = new Set(
  titles.honorifics.filter((h) => !/[ /]/.test(h)).map(upperFirst),
);

/** Prepositions that open a sentence and may look like a surname ("Từ Làng Sen, …"). */
export const SENTENCE_INITIAL = new Set(nameContext.sentenceInitialWords);

export const OFFICES = oneOf(titles.offices);
export const MODIFIERS = oneOf(titles.modifiers);
/** Modifiers make another office: "Phó Chủ tịch Thường trực" is not "Phó Chủ tịch" written in full. */
export const MODIFIER_WORDS = new Set(titles.modifiers.map(fold));
export const KEPT_PREFIXES = oneOf(titles.keptPrefixes);
/** What an office's words may start with: a prefix kept or dropped, or the office. */
export const OFFICE_STARTS: readonly string[] = [...titles.keptPrefixes, ...titles.droppedPrefixes, ...titles.offices];
export const DROPPED_PREFIXES = oneOf(titles.droppedPrefixes);
export const HONORIFICS = oneOf(titles.honorifics);
export const RANKS = oneOf(titles.ranks);
export const ACADEMIC = oneOf(titles.academic);
/** The lists behind those patterns, for phrase-end lookups (patterns/phrase-end.ts). */
export const TITLE_LISTS = { offices: titles.offices, honorifics: titles.honorifics, ranks: titles.ranks, academic: titles.academic } as const;
export const ORGANIZATION_HEADS = new Set(titles.organizationHeads);
/** Bodies that may follow a comma inside one position: "Vụ trưởng Vụ Địa phương I, Ban Tổ chức Trung ương". */
export const CONTINUATION_HEADS = new Set(titles.continuationHeads);
export const ORGANIZATION_LOWERCASE = titles.organizationLowercase;
export const PLACE_UNITS = new Set(titles.placeUnits);
/** Bodies a committee may be named "of": "Ủy ban Pháp luật của Quốc hội". */
export const PARENT_BODIES = titles.parentBodies;
/** Verbs and function words that end a body's name even right after its capitalized word ("… Trung ương Đảng làm trưởng đoàn"). */
export const CLAUSE_WORDS = new Set(titles.clauseWords);
/** Verbs whose object is a person ("khen thưởng", "bổ nhiệm"): lower-case words before a name that are not a body's. */
export const VERBS_BEFORE_NAME = new Set(titles.verbsBeforeName);
