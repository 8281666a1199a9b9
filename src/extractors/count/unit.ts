/**
 * Reading what a number counts. Vietnamese puts the counted noun phrase right after the
 * numeral and ends it with a verb, a preposition or punctuation: "60 tổ chức cơ sở đảng,
 * cùng với …", "14 nhiệm vụ phải làm ngay", and before a name ("2 tỉnh Salavan").
 * Coordinated nouns stay in the unit when each one is a known countable noun ("77 xã,
 * phường, thị trấn"). The word lists are data (src/lexicon/count-units.json); this file
 * only walks the words.
 */
import lexicon from '../../lexicon/count-units.json' with { type: 'json' };
import { isScaleWord } from '../../patterns/numbers.js';

const STOP = new Set(lexicon.stopWords);
const NOT_COUNTED = new Set(lexicon.notCountHeads);
const LABELS = new Set(lexicon.labelNouns);
const COUNT_NOUNS = new Set(lexicon.countNouns);
const NAME_WORDS = new Set(lexicon.capitalizedInUnit);
const GLUED = new Set(lexicon.gluedMeasures);
const NOT_LABELS = new Set(lexicon.labelCompounds);

/**
 * A unit phrase is a head noun with a few modifiers: "ứng viên đại biểu Quốc hội". Longer
 * runs are a noun followed by a clause the stop words did not catch ("người dân khỏi vùng …").
 */
const MAX_PHRASE_WORDS = 7;
/** A coordinated item is a short noun: "phường", "thị trấn", "quân nhân chuyên nghiệp". */
const MAX_ITEM_WORDS = 4;
/** How many words the name of a body inside a unit may have ("Ban Chấp hành Trung ương Đảng"). */
const MAX_NAME_WORDS = 6;
/** How many words a stop phrase or label may have ("có thể", "trong số", "giai đoạn"). */
const MAX_PHRASE_LOOKUP = 3;

interface Word {
  text: string;
  start: number;
  end: number;
}

/** A word (letters and marks, maybe "héc-ta", "m2" or "Covid-19") starting at `pos` after one run of spaces (sticky). */
const WORD_AFTER_SPACE = /[ \t]+([\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*(?:\d|-\d{1,3})?)(?![\p{L}\p{M}\p{N}])/uy;
/** The same word glued to the number before it: "80km", "15m2". */
const GLUED_WORD = /([\p{L}\p{M}]+\d?)(?![\p{L}\p{M}\p{N}])/uy;

function wordAt(text: string, pos: number, glued = false): Word | undefined {
  const re = glued ? GLUED_WORD : WORD_AFTER_SPACE;
  re.lastIndex = pos;
  const m = re.exec(text);
  if (!m) return undefined;
  const start = pos + m[0].length - m[1]!.length;
  return { text: m[1]!, start, end: pos + m[0].length };
}

/** Up to `n` words following `pos`, separated by spaces only. */
function wordsAt(text: string, pos: number, n: number, glued = false): Word[] {
  const out: Word[] = [];
  let at = pos;
  while (out.length < n) {
    const w = wordAt(text, at, glued && out.length === 0);
    if (!w) break;
    out.push(w);
    at = w.end;
  }
  return out;
}

const isLower = (w: string): boolean => w === w.toLowerCase();

/** Does a lower-case phrase from `set` start at words[i]? Capitalized words belong to names, never stop. */
function phraseIn(set: ReadonlySet<string>, words: readonly Word[], i: number): boolean {
  for (let n = Math.min(MAX_PHRASE_LOOKUP, words.length - i); n > 0; n--) {
    const slice = words.slice(i, i + n);
    if (slice.every((w) => isLower(w.text)) && set.has(slice.map((w) => w.text).join(' '))) return true;
  }
  return false;
}

/** A capitalized head counts only when it names a countable thing: "3 Hội nghị Thành ủy", not "12 Tôn Đản". */
function knownNoun(words: readonly Word[]): boolean {
  for (let n = Math.min(MAX_PHRASE_LOOKUP, words.length); n > 0; n--) {
    if (COUNT_NOUNS.has(phraseText(words, 0, n))) return true;
  }
  return false;
}

const phraseText = (words: readonly Word[], i: number, n: number): string =>
  words
    .slice(i, i + n)
    .map((w) => w.text.toLowerCase())
    .join(' ');

/** Words a known noun takes from `i` on ("dự án" is a noun although "dự" alone is a verb), else 0. */
function nounLength(words: readonly Word[], i: number): number {
  for (let n = Math.min(MAX_PHRASE_LOOKUP, words.length - i); n > 1; n--) {
    if (COUNT_NOUNS.has(phraseText(words, i, n))) return n;
  }
  return 0;
}

/**
 * A capitalized word after a lower-case one starts a name the unit does not take ("2 tỉnh
 * Salavan", "hai bên Việt Nam"), unless it opens the name of a body or document that
 * qualifies the noun ("đại biểu Quốc hội", "dự thảo Nghị quyết") or is a code ("Covid-19").
 */
function startsName(words: readonly Word[], i: number): boolean {
  const w = words[i]!.text;
  if (isLower(w) || !isLower(words[i - 1]!.text) || /\d/.test(w)) return false;
  for (let n = Math.min(MAX_PHRASE_LOOKUP, words.length - i); n > 0; n--) {
    if (NAME_WORDS.has(phraseText(words, i, n))) return false;
  }
  return true;
}

/** The end of a noun phrase starting at `pos`: words up to a stop word, a name, a number or punctuation. */
function phraseEnd(text: string, pos: number, maxWords: number, glued = false): { end: number; words: Word[] } | undefined {
  // Read past the limit so that a stop phrase or a name straddling it is still seen whole.
  const words = wordsAt(text, pos, maxWords + MAX_NAME_WORDS, glued);
  let limit = maxWords;
  let n = 0;
  while (n < Math.min(words.length, limit)) {
    if (n > 0 && startsName(words, n)) break;
    // The name of a body qualifying the noun goes whole: "ủy viên Ban Chấp hành Trung ương Đảng".
    if (n > 0 && !isLower(words[n]!.text) && isLower(words[n - 1]!.text)) limit = Math.max(limit, n + MAX_NAME_WORDS);
    // A known noun goes whole ("dự án": "dự" alone would stop), unless it is also a verb
    // that ends a phrase ("8 chuyên đề báo cáo kết quả").
    const noun = nounLength(words, n);
    if (noun && (n === 0 || !STOP.has(phraseText(words, n, noun)))) n += noun;
    else if (n === 0 || !phraseIn(STOP, words, n)) n++;
    else break;
  }
  n = Math.min(n, words.length, limit);
  if (n === 0) return undefined;
  return { end: words[n - 1]!.end, words: words.slice(0, n) };
}

/** ", phường, thị trấn" or " và thị trấn" after a head: each item must be a countable noun on its own. */
function coordinatedEnd(text: string, end: number): number {
  let at = end;
  for (;;) {
    // ", phường" or a last " và thị trấn" / " hoặc …"; the conjunction is a stop word elsewhere.
    const joint = /^(?:,|[ \t](?:và|hoặc))(?=[ \t])/.exec(text.slice(at, at + 7));
    if (!joint) return at;
    const item = phraseEnd(text, at + joint[0].length, MAX_ITEM_WORDS);
    if (!item || !coordinated(item.words, joint[0] === ',')) return at;
    at = item.end;
  }
}

/**
 * A coordinated item joins the unit when it is a countable noun: after "và" the whole item
 * ("thị trấn"), after a comma its head, modifiers allowed ("quân nhân chuyên nghiệp").
 */
function coordinated(words: readonly Word[], afterComma: boolean): boolean {
  if (COUNT_NOUNS.has(words.map((w) => w.text).join(' '))) return true;
  return afterComma && isLower(words[0]!.text) && (nounLength(words, 0) > 0 || COUNT_NOUNS.has(words[0]!.text));
}

export interface Unit {
  start: number;
  end: number;
}

export interface UnitOptions {
  /** Numerals in words take only a lower-case head: "Hai Bà Trưng" is a place. */
  lowerCaseHead: boolean;
  /** Only a head from the countable-noun lexicon will do. */
  knownNounOnly?: boolean;
}

/**
 * The unit after a number ending at `pos`: "%", a scale word with its noun ("tỷ đồng"), or a
 * noun phrase. Undefined when what follows is not a counted noun (a duration, "lần", a name).
 */
export function readUnit(text: string, pos: number, options: UnitOptions): Unit | undefined {
  const percent = /^ ?%/.exec(text.slice(pos, pos + 2));
  if (percent) return { start: pos + percent[0].length - 1, end: pos + percent[0].length };
  const glued = gluedMeasure(text, pos);
  const head = wordsAt(text, pos, MAX_PHRASE_LOOKUP, glued);
  const first = head[0];
  if (!first) return undefined;
  if (isScaleWord(first.text)) return scaledUnit(text, first);
  if (glued) return { start: first.start, end: phraseEnd(text, pos, MAX_PHRASE_WORDS, true)!.end };
  if (!nounLength(head, 0) && (phraseIn(NOT_COUNTED, head, 0) || phraseIn(STOP, head, 0))) return undefined;
  if (!isLower(first.text) && (options.lowerCaseHead || !knownNoun(head))) return undefined;
  if (options.knownNounOnly && !knownNoun(head)) return undefined;
  const phrase = phraseEnd(text, pos, MAX_PHRASE_WORDS);
  if (!phrase) return undefined;
  return { start: first.start, end: coordinatedEnd(text, phrase.end) };
}

/** A measure written against its number: "80km", "15m2" (data: `gluedMeasures`). */
function gluedMeasure(text: string, pos: number): boolean {
  const w = wordAt(text, pos, true);
  return w !== undefined && GLUED.has(w.text.toLowerCase());
}

/** "tỷ đồng", "triệu USD", "triệu giáo viên": the scale word and the noun after it, if any ("15 tỉ và …"). */
function scaledUnit(text: string, scale: Word): Unit {
  const next = wordsAt(text, scale.end, MAX_PHRASE_LOOKUP);
  if (!next.length || phraseIn(STOP, next, 0) || phraseIn(NOT_COUNTED, next, 0)) return { start: scale.start, end: scale.end };
  const noun = phraseEnd(text, scale.end, MAX_PHRASE_WORDS - 1);
  return { start: scale.start, end: noun ? noun.end : scale.end };
}

/** The one or two words before `pos` (lower case as written), to see whether a number is a label. */
function wordsBefore(text: string, pos: number): string[] {
  const window = text.slice(Math.max(0, pos - 30), pos);
  if (!/[ \t]$/.test(window)) return [];
  // Words back to the nearest punctuation: split rather than match from the end (linear).
  const words = window.split(/\s/).filter(Boolean);
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0 && out.length < 2; i--) {
    const w = words[i]!;
    if (/^[\p{L}\p{M}]+$/u.test(w)) {
      out.unshift(w);
      continue;
    }
    // "tế.\nTrong": the letters after the punctuation are the last word of the run.
    const tail = w.split(/[^\p{L}\p{M}]/u).pop();
    if (tail) out.unshift(tail);
    break;
  }
  return out;
}

/**
 * A number right after a label noun is a name or an ordinal, not a count: "quận 9",
 * "số 155", "thứ 5", "Chỉ thị 35", "Trung ương 4". A capitalized word before it is a label
 * unless it starts a sentence ("Có 5 ứng viên").
 */
export function followsLabel(text: string, pos: number): boolean {
  const before = wordsBefore(text, pos);
  const last = before[before.length - 1];
  if (!last) return false;
  const pair = before.join(' ');
  // "trong số 4 ứng viên", "chỉnh trang 20 nhà": a label noun ending a compound is no label.
  if (before.length === 2 && NOT_LABELS.has(pair.toLowerCase())) return false;
  if (before.length === 2 && LABELS.has(pair.toLowerCase())) return true;
  if (LABELS.has(last.toLowerCase())) return true;
  return !isLower(last) && !startsSentence(text, text.lastIndexOf(last, pos - 1));
}

/** Is the word at `pos` the first of a sentence or line? */
function startsSentence(text: string, pos: number): boolean {
  return /(?:^|[.!?:;"'(\n…-]\s*)$/.test(text.slice(Math.max(0, pos - 3), pos));
}
