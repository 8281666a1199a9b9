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
import { isLatinLetter, isSpace } from '../../patterns/latin.js';

const STOP = new Set(lexicon.stopWords);
const NOT_COUNTED = new Set(lexicon.notCountHeads);
const LABELS = new Set(lexicon.labelNouns);
const COUNT_NOUNS = new Set(lexicon.countNouns);
const NAME_WORDS = new Set(lexicon.capitalizedInUnit);
const GLUED = new Set(lexicon.gluedMeasures);
const CURRENCIES = new Set(lexicon.currencies);

/** Words a currency takes at the start of `words` ("đồng", "nhân dân tệ"), else 0. */
function currencyLength(words: readonly Word[]): number {
  for (let n = Math.min(MAX_PHRASE_LOOKUP, words.length); n > 0; n--) if (CURRENCIES.has(phraseText(words, 0, n))) return n;
  return 0;
}
const NOT_LABELS = new Set(lexicon.labelCompounds);
/** The last words of the two-word labels and compounds: a pair is looked up only when its last word is one. */
const PAIR_ENDS = new Set([...LABELS, ...NOT_LABELS].filter((p) => p.split(' ').length === 2).map((p) => p.split(' ')[1]!));

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
  /** The text in lower case, read once: lexicon lookups and case tests ask for it again and again. */
  lower: string;
  start: number;
  end: number;
}

/** A word of letters and marks, maybe "héc-ta", "m2" or "Covid-19" (sticky). */
const WORD = /[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*(?:\d|-\d{1,3})?(?![\p{L}\p{M}\p{N}])/uy;
/** The word glued to the number before it: "80km", "15m2" (sticky). */
const GLUED_WORD = /[\p{L}\p{M}]+\d?(?![\p{L}\p{M}\p{N}])/uy;

/** The word at `pos` after one run of spaces, or glued to what is before `pos`. */
function wordAt(text: string, pos: number, glued = false): Word | undefined {
  let start = pos;
  while (!glued && (text.charCodeAt(start) === 0x20 || text.charCodeAt(start) === 0x09)) start++;
  if (!glued && start === pos) return undefined;
  const re = glued ? GLUED_WORD : WORD;
  re.lastIndex = start;
  if (!re.test(text)) return undefined;
  const word = text.slice(start, re.lastIndex);
  return { text: word, lower: word.toLowerCase(), start, end: re.lastIndex };
}

/**
 * The words of a noun phrase of up to `maxWords` starting at `pos`, separated by spaces only,
 * read as the walk asks for them: most phrases end long before the words a phrase may take.
 * Reads past the limit so that a stop phrase or a name straddling it is still seen whole.
 */
class PhraseWords {
  readonly words: Word[] = [];
  /** At most this many words are read. */
  private readonly cap: number;
  private ended = false;

  constructor(
    private readonly text: string,
    private readonly pos: number,
    readonly maxWords: number,
    private readonly glued = false,
  ) {
    this.cap = maxWords + MAX_NAME_WORDS;
  }

  /** The words, the first `n` of them read (as many as there are, up to the cap). */
  upTo(n: number): readonly Word[] {
    const { words } = this;
    while (!this.ended && words.length < Math.min(n, this.cap)) {
      const last = words[words.length - 1];
      const w = last ? wordAt(this.text, last.end) : wordAt(this.text, this.pos, this.glued);
      if (w) words.push(w);
      else this.ended = true;
    }
    return words;
  }
}

const isLowerWord = (w: Word): boolean => w.text === w.lower;

/** Does a lower-case phrase from `set` start at words[i]? Capitalized words belong to names, never stop. */
function phraseIn(set: ReadonlySet<string>, words: readonly Word[], i: number): boolean {
  const max = Math.min(MAX_PHRASE_LOOKUP, words.length - i);
  let lower = 0;
  while (lower < max && isLowerWord(words[i + lower]!)) lower++;
  for (let n = lower; n > 0; n--) if (set.has(phraseText(words, i, n))) return true;
  return false;
}

/** A capitalized head counts only when it names a countable thing: "3 Hội nghị Thành ủy", not "12 Tôn Đản". */
function knownNoun(words: readonly Word[]): boolean {
  for (let n = Math.min(MAX_PHRASE_LOOKUP, words.length); n > 0; n--) {
    if (COUNT_NOUNS.has(phraseText(words, 0, n))) return true;
  }
  return false;
}

/** The `n` words from `i` on, in lower case. */
function phraseText(words: readonly Word[], i: number, n: number): string {
  let text = words[i]!.lower;
  for (let j = i + 1; j < i + n; j++) text += ` ${words[j]!.lower}`;
  return text;
}

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
  const w = words[i]!;
  if (isLowerWord(w) || !isLowerWord(words[i - 1]!) || /\d/.test(w.text)) return false;
  for (let n = Math.min(MAX_PHRASE_LOOKUP, words.length - i); n > 0; n--) {
    if (NAME_WORDS.has(phraseText(words, i, n))) return false;
  }
  return true;
}

/** The end of a noun phrase: words up to a stop word, a name, a number or punctuation. */
function phraseEnd(phrase: PhraseWords): { end: number; words: Word[] } | undefined {
  let limit = phrase.maxWords;
  let n = 0;
  // The tests at word n look at most MAX_PHRASE_LOOKUP words ahead: read those.
  let words = phrase.upTo(MAX_PHRASE_LOOKUP);
  while (n < Math.min(words.length, limit)) {
    if (n > 0 && startsName(words, n)) break;
    // The name of a body qualifying the noun goes whole: "ủy viên Ban Chấp hành Trung ương Đảng".
    if (n > 0 && !isLowerWord(words[n]!) && isLowerWord(words[n - 1]!)) limit = Math.max(limit, n + MAX_NAME_WORDS);
    // A known noun goes whole ("dự án": "dự" alone would stop), unless it is also a verb
    // that ends a phrase ("8 chuyên đề báo cáo kết quả").
    const noun = nounLength(words, n);
    if (noun && (n === 0 || !STOP.has(phraseText(words, n, noun)))) n += noun;
    else if (n === 0 || !phraseIn(STOP, words, n)) n++;
    else break;
    words = phrase.upTo(n + MAX_PHRASE_LOOKUP);
  }
  n = Math.min(n, words.length, limit);
  if (n === 0) return undefined;
  return { end: words[n - 1]!.end, words: words.slice(0, n) };
}

/** ", phường" or a last " và thị trấn" / " hoặc …" (sticky); the conjunction is a stop word elsewhere. */
const JOINT = /(?:,|[ \t](?:và|hoặc))(?=[ \t])/y;

/** ", phường, thị trấn" or " và thị trấn" after a head: each item must be a countable noun on its own. */
function coordinatedEnd(text: string, end: number): number {
  let at = end;
  for (;;) {
    JOINT.lastIndex = at;
    const joint = JOINT.exec(text);
    if (!joint) return at;
    const item = phraseEnd(new PhraseWords(text, at + joint[0].length, MAX_ITEM_WORDS));
    if (!item || !coordinated(item.words, joint[0] === ',')) return at;
    at = item.end;
  }
}

/**
 * A coordinated item joins the unit when it is a countable noun: after "và" the whole item
 * ("thị trấn"), after a comma its head, modifiers allowed ("quân nhân chuyên nghiệp"). A head
 * that is also a verb ("kiến nghị") with words after it opens a clause: "8 cá nhân, kiến nghị
 * kiểm điểm 17 tập thể".
 */
function coordinated(words: readonly Word[], afterComma: boolean): boolean {
  if (COUNT_NOUNS.has(words.map((w) => w.text).join(' '))) return true;
  if (!afterComma || !isLowerWord(words[0]!)) return false;
  const head = nounLength(words, 0) || (COUNT_NOUNS.has(words[0]!.text) ? 1 : 0);
  return head > 0 && (head === words.length || !STOP.has(phraseText(words, 0, head)));
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
  const percent = percentLength(text, pos);
  if (percent) return { start: pos + percent - 1, end: pos + percent };
  const glued = gluedMeasure(text, pos);
  const phrase = new PhraseWords(text, pos, MAX_PHRASE_WORDS, glued);
  // More words than the head's are no matter to the tests on the head (they read three at most).
  const head = phrase.upTo(MAX_PHRASE_LOOKUP);
  const first = head[0];
  if (!first) return undefined;
  if (isScaleWord(first.text)) return scaledUnit(text, first);
  if (glued) return { start: first.start, end: phraseEnd(phrase)!.end };
  // Most "năm" are "year": the one test that settles them first.
  if (options.knownNounOnly && !knownNoun(head)) return undefined;
  if (!nounLength(head, 0) && (phraseIn(NOT_COUNTED, head, 0) || phraseIn(STOP, head, 0))) return undefined;
  if (!isLowerWord(first) && (options.lowerCaseHead || !knownNoun(head))) return undefined;
  const found = phraseEnd(phrase);
  if (!found) return undefined;
  return { start: first.start, end: coordinatedEnd(text, found.end) };
}

/** How long the "%" or " %" at `pos` is, 0 for none. */
export function percentLength(text: string, pos: number): number {
  if (text.charCodeAt(pos) === 0x25) return 1;
  return text.charCodeAt(pos) === 0x20 && text.charCodeAt(pos + 1) === 0x25 ? 2 : 0;
}

/** A measure written against its number: "80km", "15m2" (data: `gluedMeasures`). */
function gluedMeasure(text: string, pos: number): boolean {
  const w = wordAt(text, pos, true);
  return w !== undefined && GLUED.has(w.lower);
}

/**
 * "tỷ đồng", "triệu USD", "triệu giáo viên": the scale word and the noun after it, if any ("15 tỉ
 * và …"). Money ends with its currency: "25.654 tỷ đồng | vốn đầu tư công".
 */
function scaledUnit(text: string, scale: Word): Unit {
  const phrase = new PhraseWords(text, scale.end, MAX_PHRASE_WORDS - 1);
  const next = phrase.upTo(MAX_PHRASE_LOOKUP);
  if (!next.length || phraseIn(STOP, next, 0) || phraseIn(NOT_COUNTED, next, 0)) return { start: scale.start, end: scale.end };
  const currency = currencyLength(next);
  if (currency) return { start: scale.start, end: next[currency - 1]!.end };
  const noun = phraseEnd(phrase);
  return { start: scale.start, end: noun ? noun.end : scale.end };
}

/** Letters and marks, one code point at `lastIndex` (sticky). */
const LETTER = /[\p{L}\p{M}]/uy;
const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;
const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/** Where the run of letters and marks that ends at `end` starts, reading back no further than `from`. */
function lettersStart(text: string, from: number, end: number): number {
  let i = end;
  while (i > from) {
    const code = text.charCodeAt(i - 1);
    if (isLatinLetter(code)) {
      i--;
      continue;
    }
    if (code < 0x80) break;
    // A surrogate pair is one code point; a lone surrogate (or half a pair cut off by `from`) is no letter.
    let width = 1;
    if (isSurrogate(code)) {
      if (code < 0xdc00 || i - 2 < from || !isHighSurrogate(text.charCodeAt(i - 2))) break;
      width = 2;
    }
    LETTER.lastIndex = i - width;
    if (!LETTER.test(text)) break;
    i -= width;
  }
  return i;
}

/** The word right before spaces that end at `pos`, and the one before it (as written). */
interface WordsBefore {
  last: string;
  lastStart: number;
  previous?: string;
}

/**
 * The one or two words before `pos`, to see whether a number is a label: the words among the
 * 30 characters before it, back to the nearest punctuation ("tế.\nTrong": the letters after
 * the punctuation are the last word of the run). Read backwards, without splitting the window.
 */
function wordsBefore(text: string, pos: number): WordsBefore | undefined {
  const from = Math.max(0, pos - 30);
  const space = text.charCodeAt(pos - 1);
  if (pos <= from || (space !== 0x20 && space !== 0x09)) return undefined;
  let found: WordsBefore | undefined;
  let i = pos;
  while (!found?.previous) {
    while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
    if (i === from) break;
    const start = lettersStart(text, from, i);
    const whole = start === from || isSpace(text.charCodeAt(start - 1));
    if (start < i) {
      const word = text.slice(start, i);
      if (found) found.previous = word;
      else found = { last: word, lastStart: start };
    }
    if (!whole) break;
    i = start;
  }
  return found;
}

/**
 * A number right after a label noun is a name or an ordinal, not a count: "quận 9",
 * "số 155", "thứ 5", "Chỉ thị 35", "Trung ương 4". A capitalized word before it is a label
 * unless it starts a sentence ("Có 5 ứng viên").
 */
export function followsLabel(text: string, pos: number): boolean {
  const before = wordsBefore(text, pos);
  if (!before) return false;
  const { last, previous } = before;
  const lastLower = last.toLowerCase();
  if (previous !== undefined && PAIR_ENDS.has(lastLower)) {
    // "trong số 4 ứng viên", "chỉnh trang 20 nhà": a label noun ending a compound is no label.
    const pair = `${previous.toLowerCase()} ${lastLower}`;
    if (NOT_LABELS.has(pair)) return false;
    if (LABELS.has(pair)) return true;
  }
  if (LABELS.has(lastLower)) return true;
  return last !== lastLower && !startsSentence(text, before.lastStart);
}

/** Is the word at `pos` the first of a sentence or line? */
export function startsSentence(text: string, pos: number): boolean {
  return /(?:^|[.!?:;"'(\n…-]\s*)$/.test(text.slice(Math.max(0, pos - 3), pos));
}
