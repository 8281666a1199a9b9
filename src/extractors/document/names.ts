/**
 * Documents cited by name: laws ("Luật Đất đai năm 2013", "Luật trách nhiệm bồi thường của
 * Nhà nước (sửa đổi)", "Bộ luật hình sự số 100/2015/QH13"), the Constitution ("Hiến pháp năm
 * 2013") and charters ("Điều lệ Đảng"). A name has no closing mark, so it runs word by word
 * until a word that cannot be part of it: punctuation, a verb or preposition of the sentence
 * (lexicon `lawNameStops`), "của" other than "của Nhà nước", "và" before a new capitalized
 * name. Commas stay inside a name only in a semicolon-separated list, where each item is
 * one whole name ("Luật quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ;"), or in a
 * pair of verbs that opens it ("Luật Phòng, chống tham nhũng").
 */
import lawNames from '../../lexicon/law-names.json' with { type: 'json' };
import { LAW_NAME_STOP_PAIRS, LAW_NAME_STOPS, NOT_LAW_WORDS } from './lexicon.js';

export interface NameSpan {
  end: number;
  number?: string;
  symbolText?: string;
}

interface Token {
  word: string;
  start: number;
  end: number;
  comma: boolean;
}

const WORD = /\S+/g;

/** The first `max` words of `run` with their offsets, a trailing comma noted rather than kept. */
function tokens(run: string, base: number, max: number): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(run); m && out.length < max; m = WORD.exec(run)) {
    const comma = m[0].endsWith(',');
    const word = comma ? m[0].slice(0, -1) : m[0];
    out.push({ word, start: base + m.index, end: base + m.index + word.length, comma });
  }
  return out;
}

const isCapitalized = (w: string | undefined): boolean => !!w && /^\p{Lu}/u.test(w);
const isYear = (w: string | undefined): boolean => !!w && /^(?:1[89]|20)\d{2}$/.test(w);
/** Words that open a noun phrase of the sentence, not a word of a name. */
const QUANTIFIERS = new Set(['một', 'các', 'những', 'nhiều', 'mọi', 'mỗi', 'tất']);
const AMENDED = /^\s*\((?:sửa đổi|sửa đổi, bổ sung)\)/;

/** Words that close a name whatever precedes them: a stop word, "năm", "của", "và" before a capital. */
function endsName(word: string, next: string | undefined): boolean {
  const lower = word.toLowerCase();
  if (LAW_NAME_STOPS.has(lower) || lower === 'năm' || lower === 'của' || lower === 'số') return true;
  return (lower === 'và' || lower === 'hoặc') && opensPhrase(next);
}

/** After "và": a new name ("và Luật Viên chức") or a new noun phrase of the sentence ("và các văn bản"). */
function opensPhrase(next: string | undefined): boolean {
  return isCapitalized(next) || QUANTIFIERS.has(next?.toLowerCase() ?? '');
}

/**
 * After a comma in the first words of a name, a short lower-case phrase that ends the run or
 * meets a stop word completes a pair ("Phòng, chống tham nhũng", "Cán bộ, công chức"); a
 * longer one is the sentence going on ("Luật Đất đai, góp phần thúc đẩy …").
 */
function shortPair(words: Token[], from: number): boolean {
  // A quantifier opens a new noun phrase ("Luật Viên chức, một số trường hợp …"), never the second of a pair.
  if (QUANTIFIERS.has(words[from]?.word.toLowerCase() ?? '')) return false;
  let n = 0;
  for (let j = from; j < words.length; j++) {
    const w = words[j]!;
    if (j === from && isCapitalized(w.word)) return false;
    if (endsName(w.word, words[j + 1]?.word)) return n > 0;
    n++;
    if (n > 3) return false;
    if (w.comma) return true;
  }
  return n > 0;
}

/** The text after a type word up to a mark that always ends a name. */
function runAfter(text: string, pos: number): { run: string; closer: string } {
  const rest = text.slice(pos, pos + 300);
  // A closing parenthesis ends the aside the name stands in; "…" cuts a list short.
  const stop = rest.search(/[;.:!?"“”\n)…]|\((?!sửa đổi)/);
  return stop < 0 ? { run: rest, closer: '' } : { run: rest.slice(0, stop), closer: rest[stop]! };
}

/** Is the reference an item of a list introduced by ":" or separated by ";"? */
function inList(text: string, start: number, closer: string): boolean {
  return closer === ';' || /[:;]\s*$/.test(text.slice(Math.max(0, start - 5), start));
}

const foldName = (words: readonly string[]): string => words.join(' ').toLowerCase();
const lawWords = lawNames.names.map((n) => n.replace(/,/g, '').split(/\s+/));
const KNOWN_LAWS = new Set(lawWords.map(foldName));
/** The first words of every known law: a name whose first words open none is no known law however it goes on. */
const KNOWN_LAW_STARTS = new Set(lawWords.flatMap((words) => words.map((_, k) => foldName(words.slice(0, k + 1)))));
const LONGEST_LAW = Math.max(...lawNames.names.map((n) => n.split(/\s+/).length));
/** How many words lawName walks over, looking one further (and shortPair a few). */
const MAX_WALK = 16;
/** Words a name is read over: a known law's, and what the walk looks at; reading the rest of the run is waste. */
const MAX_NAME_WORDS = Math.max(LONGEST_LAW, MAX_WALK + 1);

/** How many of the words open a known law's name, the longest one; 0 for none. Commas are folded away ("Phòng, chống"). */
function knownLawWords(words: readonly Token[]): number {
  let found = 0;
  let key = '';
  for (let k = 1; k <= Math.min(LONGEST_LAW, words.length); k++) {
    const word = words[k - 1]!.word.toLowerCase();
    key = k === 1 ? word : `${key} ${word}`;
    if (!KNOWN_LAW_STARTS.has(key)) break;
    if (KNOWN_LAWS.has(key)) found = k;
  }
  return found;
}

/** A known name, with a year ("năm 2013", "2024"), a number ("số 45/2019/QH14") or "(sửa đổi)" after it. */
function knownLaw(text: string, nameEnd: number): NameSpan {
  const after = text.slice(nameEnd, nameEnd + 40);
  const year = /^\s+(?:năm\s+)?(?:1[89]|20)\d{2}(?![\d/])/.exec(after);
  if (year) return { end: nameEnd + year[0].length };
  const numbered = /^\s+số\s+(\d+[a-z]?)((?:\/[^\s,;.)/]+)*)/.exec(after);
  if (numbered) return { end: nameEnd + numbered[0].length, number: numbered[1], symbolText: numbered[2] ? numbered[1]! + numbered[2] : undefined };
  const amended = AMENDED.exec(after);
  return { end: nameEnd + (amended?.[0].length ?? 0) };
}

/**
 * Where a law's name ends, for a type word at [start, pos). Null when no name follows
 * ("Luật sư", "Luật này").
 */
export function lawName(text: string, start: number, pos: number): NameSpan | null {
  const { run, closer } = runAfter(text, pos);
  const list = inList(text, start, closer);
  const words = tokens(run, pos, MAX_NAME_WORDS);
  const first = words[0];
  if (!first) return null;
  // A known name first: "Luật Hóa chất", "Luật Khoa học và công nghệ" open with words that alone are no law's ("hóa", "khoa").
  const known = knownLawWords(words);
  if (known) return knownLaw(text, words[known - 1]!.end);
  if (NOT_LAW_WORDS.has(first.word.toLowerCase()) || /^\d/.test(first.word)) return null;
  const pairAt = (i: number): boolean => LAW_NAME_STOP_PAIRS.has(`${words[i]!.word} ${words[i + 1]?.word ?? ''}`.toLowerCase());
  if (pairAt(0)) return null;
  let end = pos;
  for (let i = 0; i < words.length && i < MAX_WALK; i++) {
    const t = words[i]!;
    const lower = t.word.toLowerCase();
    const next = words[i + 1];
    if (lower === 'năm' && isYear(next?.word)) return { end: next!.end };
    if (lower === 'số' && next && /^\d/.test(next.word)) return { end: next.end, number: next.word.match(/^\d+[a-z]?/)![0], symbolText: /\//.test(next.word) ? next.word : undefined };
    if (t.word.startsWith('(') || (i > 0 && pairAt(i))) break;
    if (lower === 'của' && !/^[Nn]hà$/.test(next?.word ?? '')) break;
    if ((lower === 'và' || lower === 'hoặc') && opensPhrase(next?.word)) break;
    // A stop word that closes the name after "và" is the second of a pair ("nhỏ và vừa;").
    const pairEnd = words[i - 1]?.word.toLowerCase() === 'và' && !next;
    if (i > 0 && LAW_NAME_STOPS.has(lower) && !pairEnd) break;
    end = t.end;
    if (t.comma && !list && !(i <= 1 && shortPair(words, i + 1))) break;
  }
  if (end === pos) return null;
  const dangling = / (?:và|hoặc|của)$/.exec(text.slice(pos, end));
  if (dangling) end -= dangling[0].length;
  const amended = AMENDED.exec(text.slice(end, end + 30));
  return { end: amended ? end + amended[0].length : end };
}

/**
 * "Hiến pháp", "Hiến pháp năm 2013", "Hiến pháp 1992". Without a year it is the Constitution
 * in force, unless the words around make it any constitution: a plural ("các bản Hiến pháp")
 * or an owner ("Hiến pháp của nước ta qua các thời kỳ").
 */
export function constitutionName(text: string, start: number, pos: number): NameSpan | null {
  const year = /^\s+(?:năm\s+)?(?:1[89]|20)\d{2}(?!\d)/.exec(text.slice(pos, pos + 20));
  if (year) return { end: pos + year[0].length };
  const plural = /(?:^|\s)(?:các|những|mỗi|bản)\s+$/iu.test(text.slice(Math.max(0, start - 12), start));
  return plural || ownedWithoutYear(text, pos) ? null : { end: pos };
}

/** "Hiến pháp của …" with no year before the clause ends ("… của nước Cộng hòa … năm 2013" has one). */
function ownedWithoutYear(text: string, pos: number): boolean {
  const clause = /^\s+của\s[^,.;:!?\n]*/.exec(text.slice(pos, pos + 120));
  return !!clause && !/(?:1[89]|20)\d{2}(?!\d)/.test(clause[0]);
}

/** "Điều lệ Đảng", "Điều lệ Hội Nông dân Việt Nam": capitalized words only. */
export function charterName(text: string, pos: number): NameSpan | null {
  const name = /^(?:\s+\p{Lu}[\p{L}\p{M}]*){1,6}/u.exec(text.slice(pos, pos + 80));
  return name ? { end: pos + name[0].length } : null;
}
