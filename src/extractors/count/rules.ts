/**
 * Count rules: a cardinal number and the noun phrase it counts ("60 tổ chức cơ sở đảng",
 * "hơn 1.200 đảng viên", "ba khâu đột phá", "12,5%", "gần 900 tỷ đồng"). The pattern finds
 * an optional approximation and a numeral; `readUnit` decides what is counted, and a
 * number that counts nothing (a duration, a label, a year, a ratio) yields no mention.
 */
import lexicon from '../../lexicon/count-units.json' with { type: 'json' };
import { B, build, type Match } from '../../patterns/compose.js';
import { leadingNumeral, numberWords, parseVnNumber, vnDigits } from '../../patterns/numbers.js';
import type { Candidate, ExtractContext, Rule } from '../types.js';
import { followsLabel, readUnit } from './unit.js';

type Approx = 'over' | 'under' | 'about';

/** Words before a number that make it approximate (data); "tối thiểu", "tối đa" are bounds, not approximations. */
const APPROX = lexicon.approximations as Record<string, Approx>;
const approxWords = Object.keys(APPROX)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/^\p{L}/u, (c) => `[${c.toUpperCase()}${c}]`).replace(/ /g, String.raw`\s+`))
  .join('|');

/** Not glued to a symbol, a date or a range: "30/2020", "2016-2020", "Covid-19", "1/5". */
const numStart = String.raw`(?<![\p{L}\p{N}\p{M}.,/:-])(?<![\p{N}]\s?[/:-]\s?)`;
const numEnd = String.raw`(?![\p{L}\p{N}\p{M}]|[.,/:]\p{N}|\s?[/:-]\s?\p{N}|-\p{L})`;

const parts = { B, approx: approxWords, numStart, numEnd, vnDigits, numberWords };

/** "3 trong số 4 ứng viên", "2 trong 3 nhiệm vụ": the first number counts what the second does. */
const OF_WHICH = /^[ \t]trong[ \t](?:(?:tổng[ \t])?số[ \t])?(?=\d)/;

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
}

/** The numeral's value and end; a numeral in words keeps only the words that form one. */
function numeralOf(m: Match, start: number): Numeral | undefined {
  const written = m.groups.num!;
  // Counts of a thousand and more are written with a dot ("2.020"): four bare digits are a year.
  if (/^(?:18|19|20)\d\d$/.test(written)) return undefined;
  if (/^\d/.test(written)) return { value: parseVnNumber(written), end: start + written.length, inWords: false };
  const lead = leadingNumeral(written);
  if (!lead) return undefined;
  const used = new RegExp(String.raw`^\S+(?:\s+\S+){${lead.words - 1}}`).exec(written)![0];
  // "một" alone is the article "a"; "năm" alone is mostly "year", five only before a known noun.
  if (/^một$/i.test(used)) return undefined;
  return { value: lead.value, end: start + used.length, inWords: true, knownNounOnly: /^năm$/i.test(used) };
}

/** A capitalized numeral in words inside a sentence is part of a name ("Hai Bà Trưng"). */
function capitalizedMidSentence(text: string, start: number, written: string): boolean {
  return written[0] !== written[0]!.toLowerCase() && !/(?:^|[.!?:;"'(\n…-]\s*)$/.test(text.slice(Math.max(0, start - 3), start));
}

function countAt(m: Match, ctx: ExtractContext): Candidate[] {
  const text = ctx.text;
  const numStartAt = m.index + m[0].length - m.groups.num!.length;
  const numeral = numeralOf(m, numStartAt);
  if (!numeral || Number.isNaN(numeral.value)) return [];
  if (numeral.inWords && capitalizedMidSentence(text, numStartAt, m.groups.num!)) return [];
  // A percentage is never a label: "đạt tỷ lệ 95%", "ở mức 6,5%".
  const percent = /^ ?%/.test(text.slice(numeral.end, numeral.end + 2));
  if (!m.groups.approx && !percent && followsLabel(text, numStartAt)) return [];
  const start = m.index;
  const ofWhich = OF_WHICH.exec(text.slice(numeral.end, numeral.end + 20));
  if (ofWhich) return partOfWhole(m, ctx, start, numeral, numeral.end + ofWhich[0].length);
  const unit = readUnit(text, numeral.end, { lowerCaseHead: numeral.inWords, knownNounOnly: numeral.knownNounOnly });
  if (!unit) return [];
  return [count(start, unit.end, numeral.value, text.slice(unit.start, unit.end), m.groups.approx)];
}

/** "3 trong số 4 ứng viên" is two counts: 3 and 4, both of "ứng viên". The second is found on its own. */
function partOfWhole(m: Match, ctx: ExtractContext, start: number, numeral: Numeral, wholeAt: number): Candidate[] {
  const whole = /^\d+/.exec(ctx.text.slice(wholeAt, wholeAt + 12));
  if (!whole) return [];
  const unit = readUnit(ctx.text, wholeAt + whole[0].length, { lowerCaseHead: false });
  if (!unit) return [];
  return [count(start, numeral.end, numeral.value, ctx.text.slice(unit.start, unit.end), m.groups.approx)];
}

function count(start: number, end: number, value: number, unit: string, approx: string | undefined): Candidate {
  return { type: 'count', start, end, value, unit, ...approxOf(approx), rule: 'count.number-unit' };
}

export const rules: Rule[] = [
  {
    id: 'count.number-unit',
    pattern: build(String.raw`{{B}}(?:(?<approx>{{approx}})\s+)?{{numStart}}(?<num>{{vnDigits}}|{{numberWords}}){{numEnd}}`, parts, 'g'),
    extract: countAt,
  },
];
