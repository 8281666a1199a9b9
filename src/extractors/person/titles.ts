/**
 * Where the organization after an office ends: "Bí thư | Thành ủy Hà Nội | Đinh Tiến Dũng",
 * "Thứ trưởng | Bộ Xây dựng | tham gia", "Vụ trưởng | Vụ Địa phương I, Ban Tổ chức Trung ương".
 * Vietnamese capitalizes the first syllable of each part of a body's name, so an organization
 * is a walk over capitalized words and acronyms, one lower-case syllable right after a part's
 * first syllable ("Bộ Xây dựng", "Ban Tổ chức"), a few lower-case words that belong to names
 * ("nhân dân", "Ban cán sự"), and joints ("-", "và", ", Ban …") that continue into another
 * capitalized part. It stops at a name, an honorific, a rank or another office. Lower-case words
 * after a part ("Cục Năng lượng tái tạo") belong to the body only where what follows shows it: a
 * name, a place, a parent body ("của Quốc hội") or the end of an apposition.
 */
import { oneOf, xre } from '../../patterns/compose.js';
import {
  ANY_PLACE,
  CLAUSE_WORDS,
  CONTINUATION_HEADS,
  HONORIFICS,
  OFFICES,
  ORGANIZATION_HEADS,
  ORGANIZATION_LOWERCASE,
  PARENT_BODIES,
  PLACE_UNITS,
  RANKS,
  TITLE_LISTS,
  VERBS_BEFORE_NAME,
} from './lexicon.js';
import { isOther, isSpace, latinCase } from '../../patterns/latin.js';
import { type FoundName, nameFrom } from './names.js';

/** The name that starts at a position of the text, if any: `nameFrom`, remembered for the text being read (see `namesIn`). */
export type NameAt = (pos: number) => FoundName | null;

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** A word ends where a capital follows a small letter: source text may glue words ("Trung QuốcNgụy Phượng Hòa"). */
const TOKEN = xre(
  String.raw`[ ]*([\p{L}\p{N}]+(?:[-./&][\p{L}\p{N}]+)+|\p{Lu}\p{M}*(?:\p{Lu}\p{M}*)*(?:\p{Ll}\p{M}*)*|(?:\p{Ll}\p{M}*)+|\p{N}+|[^\s])`,
  'y',
);
const CAPITAL = xre(String.raw`^[\p{Lu}\p{N}]`);
const LOWER = xre(String.raw`^\p{Ll}`);
/** A capitalized word, not an acronym or a number: only it may take a lower-case second syllable. */
const WORD_CASE = xre(String.raw`^\p{Lu}[\p{Ll}\p{M}]*$`);
const ROMAN = /^[IVXLC]+$|^\d+$/;

/**
 * A sticky pattern of lexicon phrases, each followed by a non-letter, with the characters the
 * phrases start with (`lead` characters after the position): the walk asks at nearly every
 * token, a regex call costs more than looking the character up, and most tokens start none.
 */
interface PhrasePattern {
  re: RegExp;
  firsts: Set<number>;
  lead: number;
}

function phrasePattern(alternation: string, phrases: readonly string[], lead = 0): PhrasePattern {
  const re = xre(String.raw`${lead ? '[ ]' : ''}(?:${alternation})(?![\p{L}\p{M}])`, 'y');
  return { re, firsts: new Set(phrases.map((p) => p.charCodeAt(0))), lead };
}

/** The phrase (after its lead) at `pos`, or null. */
function phraseAt(p: PhrasePattern, text: string, pos: number): RegExpExecArray | null {
  if (!p.firsts.has(text.charCodeAt(pos + p.lead))) return null;
  p.re.lastIndex = pos;
  return p.re.exec(text);
}

const STOP_AT = phrasePattern(`${HONORIFICS}|${RANKS}`, [...TITLE_LISTS.honorifics, ...TITLE_LISTS.ranks]);
const OFFICE_AT = xre(String.raw`(?:${OFFICES})(?![\p{L}\p{M}])`, 'iy');
const PLACE_AT = xre(String.raw`(?:${ANY_PLACE})(?![\p{L}\p{M}])`, 'y');
const LOWER_PHRASE = phrasePattern(oneOf(ORGANIZATION_LOWERCASE), ORGANIZATION_LOWERCASE, 1);
/** Right after an office, "nước" opens a state's name: "Thủ tướng Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam". */
const STATE_AT = /[ ]nước[ ]\p{Lu}/uy;
function stateAt(text: string, pos: number): boolean {
  STATE_AT.lastIndex = pos;
  return STATE_AT.test(text);
}
/** "thành phố", "thị xã" are two tokens but one place unit. */
const PLACE_UNIT_AT = phrasePattern(oneOf([...PLACE_UNITS]), [...PLACE_UNITS]);
/** Portfolios listed with commas: "Bộ Văn hóa, Thể thao và Du lịch", "Ủy ban Tài chính, Ngân sách của Quốc hội". */
const PORTFOLIO_LIST = xre(String.raw`^[ ]\p{Lu}[\p{Ll}\p{M}]*(?:[ ]\p{Ll}[\p{Ll}\p{M}]*)?[ ](?:và[ ]\p{Lu}|của[ ])`);
/** "Ủy ban Pháp luật của Quốc hội": a committee named with the body it belongs to. */
const PARENT_BODY_AT = phrasePattern(oneOf(PARENT_BODIES), PARENT_BODIES, 1);
/** Bodies that open a new item of a list rather than continue an organization after a comma. */
const TOP_BODIES = /^(?:Bộ Chính trị|Ban Bí thư|Ban Chấp hành|Quốc hội|Chính phủ)/;

const JOINS = new Set(['-', '.', '/', '&'].map((j) => j.charCodeAt(0)));

/**
 * TOKEN at `pos`, read by code for the common tokens (a word of Latin letters, a punctuation
 * mark) and by the pattern otherwise: the walk reads a token at nearly every step, and the
 * pattern's call cost more than the rest of the walk's step.
 */
export function tokenAt(text: string, pos: number): Token | null {
  let start = pos;
  while (text.charCodeAt(start) === 32) start++;
  if (start >= text.length) return null;
  const c = text.charCodeAt(start);
  if (c < 0x80 && isOther(c)) return isSpace(c) ? null : { text: text[start]!, start, end: start + 1 };
  if (latinCase(c)) {
    let wordEnd = start + 1;
    while (latinCase(text.charCodeAt(wordEnd))) wordEnd++;
    const after = text.charCodeAt(wordEnd);
    // A word of other letters, digits or marks, or joined to another ("TP.HCM"): TOKEN decides.
    const plain = wordEnd >= text.length || (isOther(after) && !(JOINS.has(after) && !isOther(text.charCodeAt(wordEnd + 1))));
    if (plain) {
      // Capitals then small letters ("ThS" is "Th" and "S"); small letters up to a capital ("vàTrần").
      let end = start + 1;
      if (latinCase(c) === 1) while (end < wordEnd && latinCase(text.charCodeAt(end)) === 1) end++;
      while (end < wordEnd && latinCase(text.charCodeAt(end)) === 2) end++;
      return { text: text.slice(start, end), start, end };
    }
  }
  TOKEN.lastIndex = pos;
  const m = TOKEN.exec(text);
  if (!m) return null;
  const found = pos + m[0].length - m[1]!.length;
  return { text: m[1]!, start: found, end: found + m[1]!.length };
}

/** ASCII and Latin letters decided by code (nearly every word starts with one), the rest by the Unicode classes. */
function startsWith(re: RegExp, ascii: (code: number) => boolean, latin: number, text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 0x80) return ascii(code);
  const letterCase = latinCase(code);
  return letterCase ? letterCase === latin : re.test(text);
}
const asciiCapital = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
const asciiLower = (c: number): boolean => c >= 97 && c <= 122;
const isCapital = (t: Token | null): boolean => !!t && startsWith(CAPITAL, asciiCapital, 1, t.text);
const isLower = (t: Token | null): boolean => !!t && startsWith(LOWER, asciiLower, 2, t.text);

/** WORD_CASE, decided by code for Latin letters. */
function isWordCase(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const letterCase = latinCase(word.charCodeAt(i));
    if (!letterCase) return WORD_CASE.test(word);
    if (letterCase !== (i === 0 ? 1 : 2)) return false;
  }
  return word.length > 0;
}

function startsAt(re: RegExp, text: string, pos: number): boolean {
  re.lastIndex = pos;
  return re.test(text);
}

/** A capitalized word that belongs to someone else: a name, an honorific, a rank. */
function blocks(text: string, t: Token, nameAt: NameAt): boolean {
  return nameAt(t.start)?.start === t.start || phraseAt(STOP_AT, text, t.start) !== null;
}

/** After a joint ("-", "và", ","), a capitalized word continues the organization unless it starts an office. */
function continuesAfterJoint(text: string, t: Token | null, nameAt: NameAt): t is Token {
  return !!t && isCapital(t) && !blocks(text, t, nameAt) && !startsAt(OFFICE_AT, text, t.start);
}

/** A party committee or a body's place unit, which a district's or commune's name may follow. */
const LOCAL_BODY_BEFORE = xre(String.raw`(?:(?:[Hh]uyện|[Qq]uận|[Tt]hị|[Tt]ỉnh|[Tt]hành|[Đđ]ảng)[ ]ủy|${oneOf([...PLACE_UNITS])})[ ]+$`);

/**
 * "ông A, Bí thư Huyện ủy Lạc Sơn thông tin": a two-syllable name right after a local body is
 * the body's district or commune (few are in any gazetteer; officials' full names have three
 * syllables or more). Before a name ("Bí thư Huyện ủy Lạc Sơn Nguyễn Văn A") the run is longer
 * and the name-finder splits it instead.
 */
function isLocalPlace(text: string, name: FoundName): boolean {
  const space = name.name.indexOf(' ');
  return name.cue !== 'middle' && space >= 0 && name.name.indexOf(' ', space + 1) < 0 && LOCAL_BODY_BEFORE.test(text.slice(Math.max(0, name.start - 30), name.start));
}

/** "xã Phú Cường, huyện Sóc Sơn": after a place, a comma and a larger unit with its name locate the body further. */
const UNIT_WITH_NAME = xre(String.raw`[ ]*(?:${oneOf([...PLACE_UNITS])})[ ]+\p{Lu}`, 'y');
const UNIT_AND_NAME_BEFORE = xre(String.raw`(?<![\p{L}\p{M}])(?:${oneOf([...PLACE_UNITS])})[ ]+\p{Lu}[\p{Ll}\p{M}]*(?:[ ]\p{Lu}[\p{Ll}\p{M}]*){0,3}$`);
function isPlaceAfterPlace(text: string, comma: Token): boolean {
  return UNIT_AND_NAME_BEFORE.test(text.slice(Math.max(0, comma.start - 40), comma.start)) && startsAt(UNIT_WITH_NAME, text, comma.end);
}

const MAX_TAIL = 2;
const LOWER_WORD_BEFORE = xre(String.raw`(?<![\p{L}\p{M}])\p{Ll}[\p{Ll}\p{M}]*[ ]$`);

/**
 * Lower-case words that end a body's name ("Cục Năng lượng tái tạo", "Phòng Tổ chức cán bộ",
 * "Hiệp hội Khoa học hành chính Việt Nam"): they belong to it only when a name or a place
 * follows them, or the apposition closes, since a verb usually follows an organization instead.
 */
function lowerTail(text: string, first: Token, inApposition: boolean, nameAt: NameAt): Token | null {
  let last: Token | null = null;
  let t: Token | null = first;
  const bodyWord = (w: Token): boolean =>
    isLower(w) && !CLAUSE_WORDS.has(w.text) && !VERBS_BEFORE_NAME.has(w.text) && w.text !== 'và' && !phraseAt(STOP_AT, text, w.start) && !phraseAt(PLACE_UNIT_AT, text, w.start);
  let n = 0;
  for (; n < MAX_TAIL && t && bodyWord(t); n++) {
    last = t;
    t = tokenAt(text, t.end);
  }
  if (!last || !t) return null;
  const tailed = { text: text.slice(first.start, last.end), start: first.start, end: last.end };
  // "Hội Cựu chiến binh tỉnh": one word that completes the part, then the body's place unit.
  if (n === 1 && phraseAt(PLACE_UNIT_AT, text, t.start)) return tailed;
  // In apposition the title's clause closes right after the body, or the sentence's verb follows a
  // body's lower-case words: "ông A, Cục trưởng Cục Quản lý thị trường, cho biết", "bà B, Trưởng Ban
  // Công tác đại biểu cho biết"; but "Huyện ủy Lạc Sơn | thông tin với" is a verb after a place.
  const afterLowerWord = LOWER_WORD_BEFORE.test(text.slice(Math.max(0, first.start - 20), first.start));
  if (inApposition && (/^[,;)]$/.test(t.text) || (afterLowerWord && CLAUSE_WORDS.has(t.text)))) return tailed;
  // "Phòng Quản lý đô thị quận Cầu Giấy", "Viện Nghiên cứu lập pháp của Quốc hội".
  if (startsAt(UNIT_WITH_NAME, text, last.end) || (t.text === 'của' && phraseAt(PARENT_BODY_AT, text, t.end))) return tailed;
  if (!isCapital(t)) return null;
  const nameNext = nameAt(t.start)?.start === t.start;
  if (!nameNext && !startsAt(PLACE_AT, text, t.start)) return null;
  return tailed;
}

/**
 * A body's name is a few words ("Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực" is
 * among the longest, under 100 characters); the walk stops past this many characters, so that a
 * run of titles and bodies ("Ủy viên Ban Thường vụ " repeated) is not walked to its end from
 * every title, which made the rule quadratic in the run's length.
 */
const MAX_ORGANIZATION_LENGTH = 200;

/** `pos` moved back over the spaces before it: the end of the text before a name, without copying that text. */
function trimEndAt(text: string, pos: number): number {
  while (pos > 0 && /\s/.test(text[pos - 1]!)) pos--;
  return pos;
}

/**
 * End offset of the organization that starts at `from` (right after an office), or `from`
 * when there is none.
 */
export function organizationEnd(text: string, from: number, inApposition = false, nameAt: NameAt = (pos) => nameFrom(text, pos)): number {
  let end = from;
  let pos = from;
  /** May a lower-case syllable follow (the second syllable of a part's first word)? */
  let compound = true;
  let prev: Token | null = null;
  const first = tokenAt(text, from);
  for (;;) {
    if (pos - from > MAX_ORGANIZATION_LENGTH) break;
    // Tokens are read after spaces only: a line break ends the walk.
    const t = pos === from ? first : tokenAt(text, pos);
    if (!t) break;
    if (isCapital(t)) {
      // Inside a run of capitalized words the run's start has been read already: "Trường THPT Chu Văn An".
      const midRun = !!prev && t.start === prev.end + 1 && text[prev.end] === ' ' && isWordCase(prev.text) && isWordCase(t.text);
      // A body's first word is its head ("Đồn Biên phòng", "Trạm Kiểm lâm") even when the lexicon does not list it.
      const afterHead = !!prev && (ORGANIZATION_HEADS.has(prev.text) || prev.start === first?.start);
      if (midRun && !phraseAt(STOP_AT, text, t.start)) {
        end = pos = t.end;
        compound = afterHead;
        prev = t;
        continue;
      }
      const name = nameAt(t.start);
      if (name?.start === t.start && isLocalPlace(text, name)) {
        end = pos = name.end;
        prev = { text: name.name, start: name.start, end: name.end };
        compound = false;
        continue;
      }
      if (blocks(text, t, nameAt)) break;
      if (name) {
        // A place between the body and a name belongs to the body: "Thành ủy Hà Nội | Đinh Văn A".
        end = trimEndAt(text, name.start);
        break;
      }
      const partStart = !prev || isLower(prev) || afterHead || /^(?:[-,]|\p{Lu}{2,})$/u.test(prev.text);
      compound = partStart && isWordCase(t.text);
      end = pos = t.end;
      prev = t;
      continue;
    }
    const phrase = end > from || stateAt(text, pos) ? phraseAt(LOWER_PHRASE, text, pos) : null;
    if (phrase) {
      end = pos = pos + phrase[0].length;
      prev = { text: phrase[0].trim(), start: pos - phrase[0].length, end: pos };
      compound = false;
      continue;
    }
    const unit = isLower(t) ? phraseAt(PLACE_UNIT_AT, text, t.start) : null;
    if (unit) {
      const unitEnd = t.start + unit[0].length;
      const next = tokenAt(text, unitEnd);
      const unitThenName = !!next && isCapital(next) && !blocks(text, next, nameAt);
      const unitAfterBody = !!prev && (/^\p{Lu}{2,}/u.test(prev.text) || isLower(prev) || nameAt(next?.start ?? unitEnd)?.start === next?.start);
      if (unitThenName || unitAfterBody) {
        end = pos = unitEnd;
        prev = { text: unit[0], start: t.start, end: unitEnd };
        compound = false;
        continue;
      }
      break;
    }
    // "và" joins parts (below), it is never a part's second syllable: "Bí thư Tuyên Quang | và ông B".
    if (isLower(t) && prev && compound && isCapital(prev) && !CLAUSE_WORDS.has(t.text) && t.text !== 'và') {
      end = pos = t.end;
      prev = t;
      compound = false;
      continue;
    }
    if (t.text === 'khóa') {
      const n = tokenAt(text, t.end);
      if (n && ROMAN.test(n.text)) {
        end = pos = n.end;
        prev = n;
        continue;
      }
      break;
    }
    if (end === from) break;
    const tail = isLower(t) ? lowerTail(text, t, inApposition, nameAt) : null;
    if (tail) {
      end = pos = tail.end;
      prev = tail;
      compound = false;
      continue;
    }
    if (t.text === '-' || t.text === 'và') {
      const next = tokenAt(text, t.end);
      if (continuesAfterJoint(text, next, nameAt)) {
        pos = t.end;
        prev = t;
        continue;
      }
      break;
    }
    if (t.text === 'tại') {
      const next = tokenAt(text, t.end);
      if (next && startsAt(PLACE_AT, text, next.start)) {
        pos = t.end;
        prev = t;
        continue;
      }
      break;
    }
    if (t.text === ',' && (PORTFOLIO_LIST.test(text.slice(t.end, t.end + 60)) || isPlaceAfterPlace(text, t))) {
      pos = t.end;
      prev = t;
      continue;
    }
    if (t.text === 'của' && phraseAt(PARENT_BODY_AT, text, t.end)) {
      pos = t.end;
      prev = t;
      continue;
    }
    if (t.text === ',') {
      const next = tokenAt(text, t.end);
      const rest = text.slice(next?.start ?? 0, (next?.start ?? 0) + 20);
      if (continuesAfterJoint(text, next, nameAt) && CONTINUATION_HEADS.has(next.text) && !TOP_BODIES.test(rest)) {
        pos = t.end;
        prev = t;
        continue;
      }
    }
    break;
  }
  return end;
}
