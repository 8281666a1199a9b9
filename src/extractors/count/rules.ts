/**
 * Count rules: a cardinal number and the noun phrase it counts ("60 tổ chức cơ sở đảng",
 * "hơn 1.200 đảng viên", "ba khâu đột phá", "12,5%", "gần 900 tỷ đồng"). The pattern finds
 * an optional approximation and a numeral; `readUnit` decides what is counted, and a
 * number that counts nothing (a duration, a label, a year, a fraction) yields no mention; a
 * part and its whole ("20/34 địa phương") are two counts, as "3 trong số 4 ứng viên" are.
 */
import lexicon from '../../lexicon/count-units.json' with { type: 'json' };
import { B, build, firstWords, type Match } from '../../patterns/compose.js';
import { NUMBER_PAIR } from '../../patterns/dates.js';
import { LEAD_WORDS, leadingNumeral, numberWords, parseVnNumber, vnDigits } from '../../patterns/numbers.js';
import type { Candidate, ExtractContext, Rule } from '../types.js';
import { followsLabel, percentLength, readUnit, startsSentence } from './unit.js';

type Approx = 'over' | 'under' | 'about';

/** Words before a number that make it approximate (data); "tối thiểu", "tối đa" are bounds, not approximations. */
const APPROX = lexicon.approximations as Record<string, Approx>;
const approxWords = Object.keys(APPROX)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/^\p{L}/u, (c) => `[${c.toUpperCase()}${c}]`).replace(/ /g, String.raw`\s+`))
  .join('|');

/** Measures written against the number ("80km", "15m2"), case-insensitive. */
const gluedMeasures = (lexicon.gluedMeasures as string[])
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/\p{L}/gu, (c) => `[${c}${c.toUpperCase()}]`))
  .join('|');

/** Not glued to a symbol, a date or a range: "30/2020", "2016-2020", "Covid-19", "1/5". */
const numStart = String.raw`(?<![\p{L}\p{N}\p{M}.,/:-])(?<![\p{N}]\s?[/:-]\s?)`;
const numEnd = String.raw`(?!(?!(?:${gluedMeasures})(?![\p{L}\p{N}\p{M}]))[\p{L}\p{N}\p{M}]|[.,/:]\p{N}|\s?[/:-]\s?\p{N}|-\p{L})`;
/** "30-40 hộ", "1.700 - 1.800 tỷ đồng": the upper end of a range in digits. */
const rangeEnd = String.raw`(?<range>\s?-\s?(?<upper>{{vnDigits}}))`;

const parts = { B, approx: approxWords, numStart, numEnd, vnDigits, numberWords, rangeEnd: build(rangeEnd, { vnDigits }) };

/** "3 trong số 4 ứng viên", "2 trong 3 nhiệm vụ": the first number counts what the second does (sticky). */
const OF_WHICH = /[ \t]trong[ \t](?:(?:tổng[ \t])?số[ \t])?(?=\d)/y;

function approxOf(word: string | undefined): { approx?: Approx } {
  if (!word) return {};
  const approx = APPROX[word.toLowerCase().replace(/\s+/g, ' ')];
  return approx ? { approx } : {};
}

interface Numeral {
  value: number;
  end: number;
  inWords: boolean;
  /** The unit must start with a known countable noun ("năm nhóm giải pháp", not "năm nay"). */
  knownNounOnly?: boolean;
  /** Written as a range: the value is approximate. */
  range?: boolean;
}

/** Four bare digits are a year: counts of a thousand and more are written with a dot ("2.020"). */
const isYear = (written: string): boolean => /^(?:18|19|20)\d\d$/.test(written);

/**
 * The numeral's value and end; a numeral in words keeps only the words that form one. A
 * range counts its lower bound ("30-40 hộ" → 30, about): the upper one must be larger.
 */
function numeralOf(m: Match, start: number): Numeral | undefined {
  const written = m.groups.num!;
  if (isYear(written)) return undefined;
  if (/^\d/.test(written)) {
    const range = m.groups.range;
    const value = parseVnNumber(written);
    if (range && (isYear(m.groups.upper!) || parseVnNumber(m.groups.upper!) <= value)) return undefined;
    return { value, end: start + written.length + (range?.length ?? 0), inWords: false, range: range !== undefined };
  }
  const lead = m.groups.range ? undefined : leadingNumeral(written);
  if (!lead) return undefined;
  const used = written.slice(0, wordsEnd(written, lead.words));
  // "một" alone is the article "a"; "năm" alone is mostly "year", five only before a known noun.
  if (/^một$/i.test(used)) return undefined;
  return { value: lead.value, end: start + used.length, inWords: true, knownNounOnly: /^năm$/i.test(used) };
}

const GAP = /\s+/g;

/** Where the first `n` words of a numeral in words end. */
function wordsEnd(written: string, n: number): number {
  GAP.lastIndex = 0;
  let gap: RegExpExecArray | null = null;
  for (let i = 0; i < n; i++) if (!(gap = GAP.exec(written))) return written.length;
  return gap!.index;
}

/** A capitalized numeral in words inside a sentence is part of a name ("Hai Bà Trưng"). */
function capitalizedMidSentence(text: string, start: number, written: string): boolean {
  return written[0] !== written[0]!.toLowerCase() && !startsSentence(text, start);
}

const DIGITS_BEFORE = /\d[ \t]+$/;

function countAt(m: Match, ctx: ExtractContext): Candidate[] {
  const text = ctx.text;
  const numStartAt = m.index + m[0].length - m.groups.num!.length - (m.groups.range?.length ?? 0);
  const numeral = numeralOf(m, numStartAt);
  if (!numeral || Number.isNaN(numeral.value)) return [];
  if (numeral.inWords && capitalizedMidSentence(text, numStartAt, m.groups.num!)) return [];
  // "20 năm tổ chức": after a number, "năm" is the years it counts, not "five".
  if (numeral.inWords && DIGITS_BEFORE.test(text.slice(Math.max(0, numStartAt - 3), numStartAt))) return [];
  // A percentage is never a label: "đạt tỷ lệ 95%", "ở mức 6,5%".
  const percent = percentLength(text, numeral.end) > 0;
  if (!m.groups.approx && !percent && followsLabel(text, numStartAt)) return [];
  const start = m.index;
  const ofWhich = numeral.range ? null : ofWhichAt(text, numeral.end);
  if (ofWhich) return partOfWhole(m, ctx, start, numeral, numeral.end + ofWhich[0].length);
  const unit = readUnit(text, numeral.end, { lowerCaseHead: numeral.inWords, knownNounOnly: numeral.knownNounOnly });
  if (!unit) return [];
  return [count(start, unit.end, numeral.value, text.slice(unit.start, unit.end), m.groups.approx, numeral.range)];
}

function ofWhichAt(text: string, pos: number): RegExpExecArray | null {
  OF_WHICH.lastIndex = pos;
  return OF_WHICH.exec(text);
}

/** "3 trong số 4 ứng viên" is two counts: 3 and 4, both of "ứng viên". The second is found on its own. */
function partOfWhole(m: Match, ctx: ExtractContext, start: number, numeral: Numeral, wholeAt: number): Candidate[] {
  const whole = /^\d+/.exec(ctx.text.slice(wholeAt, wholeAt + 12));
  if (!whole) return [];
  const unit = readUnit(ctx.text, wholeAt + whole[0].length, { lowerCaseHead: false });
  if (!unit) return [];
  return [count(start, numeral.end, numeral.value, ctx.text.slice(unit.start, unit.end), m.groups.approx)];
}

/** Words before a number that make "d/m" a day: "ngày 15/8 xã …" is a date, not a ratio. */
const DAY_CUE_BEFORE = /(?:ngày|mùng|mồng|sáng|trưa|chiều|tối|đêm|từ|đến|tới|hôm|lúc)\s+$/iu;

/**
 * "20/34 địa phương", "111/152 xã, phường, thị trấn", "đạt 8.793/6.500 đảng viên": a part and
 * its whole (or what was done and what was planned), two counts of the unit after the second
 * number, as "3 trong số 4 ứng viên" is. A fraction ("2/3 số đại biểu", "1/2 diện tích") counts
 * nothing, nor does a day and month.
 */
function ratioAt(m: Match, ctx: ExtractContext): Candidate[] {
  const text = ctx.text;
  const [part, whole] = [parseVnNumber(m.groups.num!), parseVnNumber(m.groups.whole!)];
  if (Number.isNaN(part) || Number.isNaN(whole) || isYear(m.groups.whole!) || (whole <= 4 && part < whole)) return [];
  const numStartAt = m.index + m[0].length - m.groups.ratio!.length;
  if (DAY_CUE_BEFORE.test(text.slice(Math.max(0, numStartAt - 8), numStartAt)) || followsLabel(text, numStartAt)) return [];
  const end = m.index + m[0].length;
  const unit = readUnit(text, end, { lowerCaseHead: false });
  if (!unit) return [];
  const unitText = text.slice(unit.start, unit.end);
  const wholeStart = end - m.groups.whole!.length;
  return [count(m.index, numStartAt + m.groups.num!.length, part, unitText, m.groups.approx, false, 'count.ratio'), count(wholeStart, unit.end, whole, unitText, undefined, false, 'count.ratio')];
}

function count(start: number, end: number, value: number, unit: string, approx: string | undefined, range = false, rule = 'count.number-unit'): Candidate {
  const approximation = approxOf(approx).approx ?? (range ? 'about' : undefined);
  return { type: 'count', start, end, value, unit, ...(approximation && { approx: approximation }), rule };
}

export const rules: Rule[] = [
  {
    id: 'count.number-unit',
    pattern: build(String.raw`{{B}}(?:(?<approx>{{approx}})\s+)?{{numStart}}(?<num>{{vnDigits}}|{{numberWords}}){{rangeEnd}}?{{numEnd}}`, parts, 'g'),
    trigger: firstWords([...Object.keys(APPROX), ...LEAD_WORDS, ...'0123456789'], { loose: true }),
    extract: countAt,
  },
  {
    id: 'count.ratio',
    pattern: build(String.raw`{{B}}(?:(?<approx>{{approx}})\s+)?{{numStart}}(?<ratio>(?<num>{{vnDigits}})\s?/\s?(?<whole>{{vnDigits}}))(?![\p{N}/.,-]|\s?%)(?=\s+\p{Ll})`, parts, 'g'),
    // The "/" between the two numbers, found once per text for this rule and the numeric dates.
    trigger: { pattern: NUMBER_PAIR, lookback: 32 },
    extract: ratioAt,
  },
];
