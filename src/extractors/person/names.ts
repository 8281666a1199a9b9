/**
 * Where a personal name is in a run of capitalized syllables. A run is cut where an office
 * starts ("Hồ Chủ tịch") or an institution word does ("Đoàn Thanh niên"), loses a leading
 * place ("Hà Nội Đinh Văn A" after a title) or honorific ("Ông Nguyễn Văn A"), and the name
 * starts at a surname. A run preceded by a place or idea word ("Thành phố", "tư tưởng",
 * "Trường THPT"), listed after one ("đường Lê Duẩn, Trần Phú") or opening with one ("Đường
 * Trường Sơn") is not a name. Whether a found name is kept is decided with the whole article
 * (refiners/merge-officials.ts); `cue` records what marks it here.
 */
import { LOWER, UPPER, charClasses } from '../../patterns/char-classes.js';
import { oneOf, xre } from '../../patterns/compose.js';
import { isLatinLetter, isOther, isSpace, latinCase, toLowerCase } from '../../patterns/latin.js';
import { PhraseEnds, endBeforeSpaces } from '../../patterns/phrase-end.js';
import {
  BODY_NAMES,
  COMMON_SURNAMES,
  COUNTRY_WORDS,
  HONORIFIC_WORDS,
  INSTITUTION_PAIRS,
  MIDDLE_NAMES,
  ORGANIZATION_LOWERCASE,
  PLACE_NAMES,
  PLACE_OR_IDEA_BEFORE,
  PLACE_OR_IDEA_WORDS,
  PLACE_WORDS,
  SENTENCE_INITIAL,
  SURNAMES,
  TITLE_LISTS,
} from './lexicon.js';
import { upperFirst } from '../../text/case.js';

export interface Syllable {
  text: string;
  start: number;
  end: number;
}

export type NameCue = 'honorific' | 'birth' | 'middle';

export interface FoundName {
  start: number;
  end: number;
  name: string;
  cue?: NameCue;
}

/**
 * Where a run of capitalized syllables (person.name's pattern) may start: a capital after no
 * letter, digit or mark or after a small letter ("Trung QuốcNgụy Phượng Hòa"), whose word is
 * followed by a space and another capital. One loop over a table of the characters' classes:
 * a regex scan tries its class of all capitals at every position.
 */
export function capitalRunStarts(text: string): number[] {
  const classes = charClasses();
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!(classes[text.charCodeAt(i)]! & UPPER)) continue;
    if (i > 0) {
      const before = classes[text.charCodeAt(i - 1)]!;
      if (before && !(before & LOWER)) continue;
    }
    let end = i + 1;
    while (end < text.length && (classes[text.charCodeAt(end)] || text.charCodeAt(end) === APOSTROPHE)) end++;
    if (text.charCodeAt(end) === SPACE && classes[text.charCodeAt(end + 1)]! & UPPER) starts.push(i);
  }
  return starts;
}
const APOSTROPHE = 0x27;
const SPACE = 0x20;

/** A capitalized syllable (not an acronym like "HĐND"), optionally with an apostrophe ("H'Hen") or a hyphenated small tail, as Korean given names are written ("Jae-myung"). */
export const CAPITALIZED_TAIL = String.raw`[\p{Ll}\p{M}]*(?:'\p{L}[\p{Ll}\p{M}]*|-\p{Ll}+)?(?![\p{L}\p{N}\p{M}])`;
export const CAPITALIZED = String.raw`\p{Lu}${CAPITALIZED_TAIL}`;
const RUN_AT = xre(String.raw`${CAPITALIZED}(?:[ ]${CAPITALIZED})*`, 'y');
/**
 * The offices by their first word capitalized ("Phó", "Tuv" for "TUV"), each group one sticky
 * case-insensitive pattern. Trying the alternation of all ~150 offices at every syllable whose
 * lower case starts one, and lower-casing every syllable to know, were the name-finder's
 * costliest steps. The groups answer as that did: a syllable is a capital and small letters,
 * and office words are letters only, so an office matches at a syllable only when its first
 * word is the whole syllable in another case, that is the syllable capitalized.
 */
const OFFICES_BY_FIRST_WORD = new Map<string, RegExp>();
{
  const byFirst = new Map<string, string[]>();
  for (const office of TITLE_LISTS.offices) {
    const first = office.split(/\s+/)[0]!.toLowerCase();
    const key = upperFirst(first);
    byFirst.set(key, [...(byFirst.get(key) ?? []), office]);
  }
  for (const [key, offices] of byFirst) OFFICES_BY_FIRST_WORD.set(key, xre(String.raw`(?:${oneOf(offices)})(?![\p{L}\p{M}])`, 'iy'));
}

/** Does an office (in any case) start at the capitalized syllable `syllable`, found at `pos`? */
export function officeAt(text: string, pos: number, syllable: string): boolean {
  const offices = OFFICES_BY_FIRST_WORD.get(syllable);
  if (!offices) return false;
  offices.lastIndex = pos;
  return offices.test(text);
}

/** The lower-case word after a run, as far as its next 20 characters go. */
const NEXT_WORD = xre(String.raw`[ ](\p{Ll}[\p{L}\p{M}]{0,18})`, 'y');
/** Words before a run that make it a place or an idea; bodies' lower-case words that end in one ("Phát triển nông thôn"). */
const PLACE_OR_IDEA_ENDS = new PhraseEnds(PLACE_OR_IDEA_WORDS);
const BODY_WORDS_ENDS = new PhraseEnds(ORGANIZATION_LOWERCASE);
/** A name listed after a place's name is a place too: "ngã tư Nguyễn Trãi - Khuất Duy Tiến", "đường Lê Duẩn, Trần Phú". */
const BLOCKED_LIST_AT = xre(
  String.raw`(?:${PLACE_OR_IDEA_BEFORE})[ ]+${CAPITALIZED}(?:[ ]${CAPITALIZED})*(?:[ ]*(?:,|-|và)[ ]*${CAPITALIZED}(?:[ ]${CAPITALIZED})*){0,4}[ ]*(?:,|[ ]-|và)[ ]+$`,
  'y',
);
const LETTER_OR_MARK = xre(String.raw`[\p{L}\p{M}]`);
/** The pattern's look-behind `(?<![\p{L}\p{M}])`, by code for Latin letters and ASCII. */
function isLetterOrMarkAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return isLatinLetter(code) || (code >= 0x80 && LETTER_OR_MARK.test(text[i]!));
}
/** Place and idea words with their words joined by one space, the word sequences they start with, and their first characters. */
const PLACE_WORD_PHRASES = new Set(PLACE_OR_IDEA_WORDS.map((w) => w.split(/\s+/).join(' ')));
const PLACE_WORD_PREFIXES = new Set(PLACE_OR_IDEA_WORDS.flatMap((w) => w.split(/\s+/).slice(0, -1).map((_, i, words) => words.slice(0, i + 1).join(' '))));
const PLACE_WORD_FIRSTS = new Set(PLACE_OR_IDEA_WORDS.map((w) => w.charCodeAt(0)));

/** Does a place or idea word start at `p`, followed by a space? Its words are the text's words (it is followed by whitespace). */
function placeWordAt(text: string, p: number): boolean {
  let key = '';
  for (let pos = p; ; ) {
    let end = pos;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    key = key ? `${key} ${text.slice(pos, end)}` : text.slice(pos, end);
    if (text[end] === ' ' && PLACE_WORD_PHRASES.has(key)) return true;
    if (!PLACE_WORD_PREFIXES.has(key)) return false;
    pos = end;
    while (pos < text.length && isSpace(text.charCodeAt(pos))) pos++;
    if (pos === end || pos === text.length) return false;
  }
}

/**
 * The 120 characters before `start` end with a list of places ("đường Lê Duẩn, Trần Phú, "):
 * the pattern tried only where a place word starts (no letter before it) and a space follows,
 * found with set look-ups. Searching the window with the whole pattern cost ~10 µs a call in
 * the pipeline (its compiled code, with three Unicode classes, is large and seldom warm).
 */
export function listedAfterPlace(text: string, start: number): boolean {
  const window = text.slice(Math.max(0, start - 120), start);
  for (let p = 0; p < window.length; p++) {
    if ((p > 0 && isLetterOrMarkAt(window, p - 1)) || !PLACE_WORD_FIRSTS.has(window.charCodeAt(p)) || !placeWordAt(window, p)) continue;
    BLOCKED_LIST_AT.lastIndex = p;
    if (BLOCKED_LIST_AT.test(window)) return true;
  }
  return false;
}
/** Offices, honorifics, ranks and degrees: a run right after one is a name ("Chủ tịch Hồ Chí Minh"). */
const TITLED_ENDS = new PhraseEnds([...TITLE_LISTS.offices, ...TITLE_LISTS.honorifics, ...TITLE_LISTS.ranks, ...TITLE_LISTS.academic], { ignoreCase: true });
const OFFICE_ENDS = new PhraseEnds(TITLE_LISTS.offices, { ignoreCase: true });
/** "ông", "Đại tá", "TS", "ông Đại tá" before a run. */
const HONORIFIC_ENDS = new PhraseEnds([...TITLE_LISTS.honorifics, ...TITLE_LISTS.ranks, ...TITLE_LISTS.academic], { ignoreCase: true });
/** "HĐND TP Nguyễn Ngọc A", "Ủy ban Mặt trận Tổ quốc (MTTQ) tỉnh Nguyễn Văn A": a place word after a body's acronym belongs to the body, and the name to its officer. */
const OF_BODY_BEFORE = xre(String.raw`(?:(?<!\p{Lu})\p{Lu}{2,}|\(\p{Lu}[\p{Lu}&-]+\)|(?<![\p{L}\p{M}])\p{Ll}[\p{Ll}\p{M}]*)[ ]+(?:TP\.?|Tp\.?|tỉnh|thành phố|quận|huyện|thị xã|xã|phường|thị trấn)[ ]+$`);
/** A capitalized word right before a lower-case place word makes it its second syllable: "Môi trường", not "trường". */
const CAPITALIZED_WORD_BEFORE = xre(String.raw`(?<![\p{L}\p{M}])\p{Lu}[\p{Ll}\p{M}]*[ ]$`);
const SENTENCE_START = /(?:^|[.!?:;"\n(][ ]*)$/;
const BIRTH_AFTER = /^ ?\((?:sinh|SN|tức|bí danh)/;
const MAX_SYLLABLES = 5;

/** The syllables of a run (capitalized words joined by single spaces), with their offsets. */
function syllablesOf(run: string, offset: number): Syllable[] {
  const syl: Syllable[] = [];
  for (let from = 0; ; ) {
    const space = run.indexOf(' ', from);
    const to = space < 0 ? run.length : space;
    syl.push({ text: run.slice(from, to), start: offset + from, end: offset + to });
    if (space < 0) return syl;
    from = space + 1;
  }
}

const INSTITUTION_SECONDS = new Set([...INSTITUTION_PAIRS].map((pair) => pair.slice(pair.indexOf(' ') + 1)));

/** The syllables before an office or an institution word ("Hồ" of "Hồ Chủ tịch", "Đoàn" of "Đoàn Thanh niên"). */
function cutAtInstitution(text: string, syl: Syllable[]): Syllable[] {
  for (let i = 0; i < syl.length; i++) {
    if (officeAt(text, syl[i]!.start, syl[i]!.text)) return syl.slice(0, i);
  }
  const last = syl.at(-1)!;
  NEXT_WORD.lastIndex = last.end;
  const next = NEXT_WORD.exec(text)?.[1];
  // Most words after a run are no institution word's second syllable: they are not put in lower case with the run's last word.
  if (!next || !INSTITUTION_SECONDS.has(toLowerCase(next))) return syl;
  return INSTITUTION_PAIRS.has(`${last.text} ${next}`.toLowerCase()) ? syl.slice(0, -1) : syl;
}

/** Place names and bodies' capitalized names by their first syllable, split into syllables. */
const PLACES_BY_FIRST = new Map<string, string[][]>();
for (const place of [...PLACE_NAMES, ...BODY_NAMES]) {
  const parts = place.split(' ');
  PLACES_BY_FIRST.set(parts[0]!, [...(PLACES_BY_FIRST.get(parts[0]!) ?? []), parts]);
}

/** Syllables a place name (or a body's name) takes at the start of the run (0 when none). */
function leadingPlace(syl: Syllable[]): number {
  let best = 0;
  for (const parts of PLACES_BY_FIRST.get(syl[0]?.text ?? '') ?? []) {
    if (parts.length > best && parts.every((p, i) => syl[i]?.text === p)) best = parts.length;
  }
  return best;
}

const BODIES_BY_FIRST = new Map<string, string[][]>();
for (const body of BODY_NAMES) {
  const parts = body.split(' ');
  BODIES_BY_FIRST.set(parts[0]!, [...(BODIES_BY_FIRST.get(parts[0]!) ?? []), parts]);
}

/** Syllables a body's capitalized name takes at syllable `from` (0 when none). */
function bodyNameAt(syl: Syllable[], from: number): number {
  const found = (BODIES_BY_FIRST.get(syl[from]!.text) ?? []).find((parts) => parts.every((p, k) => syl[from + k]?.text === p));
  return found?.length ?? 0;
}

/**
 * Every split of a body's name into the part before a run and the rest, by the rest's first
 * syllable (in the order of BODY_NAMES): computed once, since splitting every name on every
 * call made this check the costliest step on text dense with titles ("Ủy viên Ban Thường vụ "
 * repeated), and trying every split at every run the next costliest.
 */
const BODY_NAME_SPLITS = new Map<string, { head: string; rest: string[] }[]>();
for (const body of BODY_NAMES) {
  const parts = body.split(' ');
  for (let j = 1; j < parts.length; j++) {
    const split = { head: `${parts.slice(0, j).join(' ')} `, rest: parts.slice(j) };
    BODY_NAME_SPLITS.set(parts[j]!, [...(BODY_NAME_SPLITS.get(parts[j]!) ?? []), split]);
  }
}

/** Syllables at the start of the run that end a body's name begun before it: "Trung ương | Đoàn Bùi Quang A". */
function bodyEndAtStart(before: string, syl: Syllable[]): number {
  for (const { head, rest } of BODY_NAME_SPLITS.get(syl[0]?.text ?? '') ?? []) {
    if (rest.length < syl.length && rest.every((p, i) => syl[i]!.text === p) && before.endsWith(head)) return rest.length;
  }
  return 0;
}

/**
 * Index of the syllable the name starts at, or -1. In a long run a common surname two or more
 * syllables in starts the name: "Quận ủy Hoàng Mai Nguyễn Văn A" (a district, then the officer).
 */
function surnameStart(syl: Syllable[]): number {
  for (let i = 0; i + 1 < syl.length; i++) {
    // "Bộ Công Thương Hà Văn A": a surname inside a body's name does not start the name.
    const body = bodyNameAt(syl, i);
    if (body > 0) {
      i += body - 1;
      continue;
    }
    if (!SURNAMES.has(syl[i]!.text) || syl.length - i > MAX_SYLLABLES) continue;
    if (syl.length - i > 3) {
      const later = syl.findIndex((s, k) => k >= i + 2 && COMMON_SURNAMES.has(s.text) && syl.length - k >= 2);
      if (later > 0) return later;
      // "huyện Sóc Sơn Nguyễn Văn A": a surname before a middle name starts the name.
      const beforeMiddle = syl.findIndex((s, k) => k > i && SURNAMES.has(s.text) && MIDDLE_NAMES.has(syl[k + 1]?.text ?? ''));
      if (beforeMiddle > 0 && syl.length - beforeMiddle >= 3) return beforeMiddle;
    }
    if (syl.length - i > 4 && syl[i]!.text !== 'Y') {
      // Five-syllable Kinh names are rare: "Bệnh viện Bạch Mai Đào Xuân Cơ" is a place, then a three-syllable
      // name. Ê Đê names open with "Y" and put the clan name last ("Y Khoa Ksor Niê Knơng") and stay whole.
      const later = syl.findIndex((s, k) => k >= i + 2 && SURNAMES.has(s.text) && syl.length - k === 3);
      if (later > 0) return later;
    }
    return i;
  }
  return -1;
}

/** Foreign names carry no Vietnamese diacritics ("Joe Biden"); they count after an office, maybe with its country. */
const FOREIGN = /^[A-Z][a-z]+(?:-[a-z]+)?$/;
/** An organization's acronym before a foreign name: "Tổng Thư ký ASEAN Lim Jock Hoi". */
const ACRONYM = /^[A-Z]{2,}$/;
/**
 * Where a foreign name starts in the run (after the place or country it opens with, already
 * dropped), or -1: two to four words without diacritics after an office and a few words of its
 * body ("Tổng thống Hợp chúng quốc Hoa Kỳ Donald Trump", "Đại sứ Hoa Kỳ tại Việt Nam Marc
 * Knapper", "Tổng Thư ký ASEAN Lim Jock Hoi").
 */
function foreignStart(syl: Syllable[], before: string): number {
  const first = COUNTRY_WORDS.has(syl[0]?.text ?? '') || ACRONYM.test(syl[0]?.text ?? '') ? 1 : 0;
  const rest = syl.slice(first);
  const foreign = rest.length >= 2 && rest.length <= 4 && rest.every((s) => FOREIGN.test(s.text));
  return foreign && (TITLED_ENDS.endsBeforeSpaces(before) || officeNearBefore(before)) ? first : -1;
}

/** "Bộ trưởng Ngoại giao Nga Sergei Lavrov": an office, maybe a few words of its body ("Hợp chúng quốc", "Hoa Kỳ tại"), and one space. */
function officeNearBefore(before: string): boolean {
  if (!before.endsWith(' ')) return false;
  let end = before.length - 1;
  for (let words = 0; ; words++) {
    if (OFFICE_ENDS.startOf(before, end) >= 0) return true;
    if (words === 4) return false;
    let start = end;
    while (start > 0 && isLetterOrMarkAt(before, start - 1)) start--;
    if (start === end || before[start - 1] !== ' ') return false;
    end = start - 1;
  }
}


/** Is the run right after a place or idea word ("tư tưởng", "Trường THPT")? */
function blockedBefore(before: string): boolean {
  const start = PLACE_OR_IDEA_ENDS.startBeforeSpaces(before);
  if (start < 0 || BODY_WORDS_ENDS.endsBeforeSpaces(before)) return false;
  return !(/^\p{Ll}/u.test(before.charAt(start)) && CAPITALIZED_WORD_BEFORE.test(before.slice(0, start)));
}

/** Does a list's separator end the text ("…, ", "… - ", "… và ")? Only then can a run be a later item of a list. */
function afterListSeparator(before: string): boolean {
  const end = endBeforeSpaces(before);
  if (end === before.length) return false;
  const head = before.slice(0, end);
  return head.endsWith(',') || head.endsWith(' -') || head.endsWith('và');
}

function cueOf(text: string, syl: Syllable[]): NameCue | undefined {
  const before = text.slice(Math.max(0, syl[0]!.start - 40), syl[0]!.start);
  if (HONORIFIC_ENDS.endsBeforeSpaces(before)) return 'honorific';
  const end = syl.at(-1)!.end;
  if (text[text[end] === ' ' ? end + 1 : end] === '(' && BIRTH_AFTER.test(text.slice(end, end + 12))) return 'birth';
  for (let i = 1; i + 1 < syl.length; i++) if (MIDDLE_NAMES.has(syl[i]!.text)) return 'middle';
  return undefined;
}

/**
 * Can the run hold a name at all? Each way to one below needs two syllables and a surname
 * before the last (`surnameStart`), an honorific before the run, or two foreign words; the
 * steps before them only drop syllables at either end. Most runs are names of bodies and
 * places, and this finds that out before those steps.
 */
function mayHoldName(syl: Syllable[], before: string): boolean {
  if (syl.length < 2) return false;
  for (let i = 0; i + 1 < syl.length; i++) if (SURNAMES.has(syl[i]!.text)) return true;
  let foreign = 0;
  for (const s of syl) if (FOREIGN.test(s.text) && ++foreign === 2) return true;
  return HONORIFIC_ENDS.endsBeforeSpaces(before);
}

/**
 * The name in a run of capitalized syllables starting at `start`, or null. A run that is all
 * place ("Hồ Chí Minh" in "Thành phố Hồ Chí Minh") is a name only right after a title or an
 * honorific, and only with a full name's three syllables ("Chủ tịch Hồ Chí Minh"): after an
 * office a two-syllable province is the body's place ("nguyên Chủ tịch Hà Nội").
 */
export function nameInRun(text: string, start: number, run: string): FoundName | null {
  const before = text.slice(Math.max(0, start - 40), start);
  let syl = syllablesOf(run, start);
  if (!mayHoldName(syl, before)) return null;
  syl = cutAtInstitution(text, syl);
  const place = leadingPlace(syl);
  if (place > 0 && place === syl.length && (place < 3 || !TITLED_ENDS.endsBeforeSpaces(before))) return null;
  const afterPlace = place > 0 && place < syl.length;
  if (afterPlace) syl = syl.slice(place);
  syl = syl.slice(bodyEndAtStart(before, syl));
  if (HONORIFIC_WORDS.has(syl[0]?.text ?? '')) syl = syl.slice(1);
  if (syl[0]?.start === start && SENTENCE_INITIAL.has(syl[0].text) && SENTENCE_START.test(before)) syl = syl.slice(1);
  let first = surnameStart(syl);
  if (first < 0 && syl.length >= 2 && syl.length <= 4 && HONORIFIC_ENDS.endsBeforeSpaces(before)) first = 0;
  if (first < 0) first = foreignStart(syl, before);
  if (first < 0) return null;
  syl = syl.slice(first);
  if (syl.length < 2) return null;
  // A place after another word of the run, or after a body's name, is a place too: "Vụ Châu Mỹ", "Thành Đoàn Hà Nội".
  if ((first > 0 || afterPlace) && leadingPlace(syl) === syl.length) return null;
  if (syl[0]!.start === start && blockedBefore(before) && !(syl.length >= 3 && OF_BODY_BEFORE.test(before))) return null;
  if (syl[0]!.start === start && afterListSeparator(before) && listedAfterPlace(text, start)) return null;
  const s = syl[0]!.start;
  const e = syl.at(-1)!.end;
  const cue = cueOf(text, syl);
  if (!cue && PLACE_WORDS.has(syl[0]!.text.toLowerCase())) return null;
  return { start: s, end: e, name: text.slice(s, e), ...(cue ? { cue } : {}) };
}

/** The name in the run of capitalized syllables that starts at `pos` (maybe after a place: "Mỹ Joe Biden"). */
export function nameFrom(text: string, pos: number): FoundName | null {
  // One capitalized word is no name (mayHoldName): the walk over an organization asks at each of its words.
  if (!mayStartRun(text, pos)) return null;
  RUN_AT.lastIndex = pos;
  const m = RUN_AT.exec(text);
  return m && m[0].includes(' ') ? nameInRun(text, pos, m[0]) : null;
}

/**
 * May a run of two capitalized words or more start at `pos`? Not when the word there, of Latin
 * letters, ends before anything but a space and a capital ("Tỉnh ủy"); RUN_AT decides the rest.
 */
function mayStartRun(text: string, pos: number): boolean {
  if (latinCase(text.charCodeAt(pos)) !== 1) return true;
  let end = pos + 1;
  while (latinCase(text.charCodeAt(end)) === 2) end++;
  if (end === text.length) return false;
  const after = text.charCodeAt(end);
  if (after === SPACE) {
    const next = text.charCodeAt(end + 1);
    return end + 1 < text.length && !isOther(next) && latinCase(next) !== 2;
  }
  return !isOther(after) || after === APOSTROPHE;
}
