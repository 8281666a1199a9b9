/**
 * Vietnamese numbers: digits written the Vietnamese way ("1.200" = 1200, "12,5" = 12.5,
 * "1.999,62") and number words ("hai", "mười lăm", "hai mươi mốt", "ba trăm", "hai nghìn").
 * Patterns are strings for `build`; the parsers turn a matched numeral into a JS number.
 */
import { looseWord } from './compose.js';

/**
 * Digits with "." grouping thousands and "," before decimals. A dot that is not followed by
 * exactly three digits is not a grouping dot, so "30.7" is left to the date rules.
 */
export const vnDigits = String.raw`(?:\d{1,3}(?:\.\d{3})+(?!\d)(?:,\d+)?|\d+(?:,\d+)?)`;

/** "1.200" → 1200, "12,5" → 12.5, "1.999,62" → 1999.62. */
export function parseVnNumber(written: string): number {
  return Number(written.replace(/\./g, '').replace(',', '.'));
}

const DIGIT_WORDS: Record<string, number> = {
  không: 0, một: 1, mốt: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, lăm: 5, nhăm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9,
};
const SCALE_WORDS: Record<string, number> = { nghìn: 1e3, ngàn: 1e3, vạn: 1e4, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 };

/** A word naming a power of a thousand: after digits a count keeps it in its unit ("900 tỷ đồng"). */
const SCALES: ReadonlySet<string> = new Set(Object.keys(SCALE_WORDS));
export const isScaleWord = (word: string): boolean => SCALES.has(word);

/** The digit words that can start a numeral ("mốt", "lăm", "tư" only follow "mươi"/"trăm"). */
export const LEAD_WORDS: readonly string[] = ['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'bẩy', 'tám', 'chín', 'mười'];
const leadWord = `(?:${LEAD_WORDS.map(looseWord).join('|')})`;
const tailWord = String.raw`(?:một|mốt|hai|ba|bốn|tư|năm|lăm|nhăm|sáu|b[ảẩ]y|tám|chín|mười|mươi|trăm|linh|lẻ|nghìn|ngàn|vạn|triệu|t[ỷỉ])`;
/** A numeral in words, one word or several: "ba", "hai mươi lăm", "ba trăm linh năm". */
export const numberWords = String.raw`${leadWord}(?:\s+${tailWord}(?![\p{L}\p{M}]))*`;

/** Reading a numeral in words word by word: the thousands done, the group below a thousand, a digit not yet placed. */
interface NumeralState {
  total: number;
  group: number;
  pending: number | undefined;
  tens: boolean;
}

const startState = (): NumeralState => ({ total: 0, group: 0, pending: undefined, tens: false });

/**
 * Reads one lower-case word into the state; false when the words can no longer form a numeral.
 * Groups below a thousand are read with "mươi" (tens), "mười" (ten), "trăm" (hundreds) and
 * "linh"/"lẻ" (a zero tens digit); scale words multiply what came before them.
 */
function readWord(s: NumeralState, w: string): boolean {
  if (Object.hasOwn(DIGIT_WORDS, w)) {
    if (s.pending !== undefined) return false;
    s.pending = DIGIT_WORDS[w]!;
  } else if (w === 'mười') {
    if (s.pending !== undefined || s.tens) return false;
    s.group += 10;
    s.tens = true;
  } else if (w === 'mươi') {
    if (s.tens) return false;
    s.group += (s.pending ?? NaN) * 10;
    s.pending = undefined;
    s.tens = true;
  } else if (w === 'trăm') {
    s.group += (s.pending ?? 1) * 100;
    s.pending = undefined;
  } else if (w === 'linh' || w === 'lẻ') {
    if (s.pending !== undefined) return false;
  } else if (isScaleWord(w)) {
    s.total += (s.group + (s.pending ?? 0) || 1) * SCALE_WORDS[w]!;
    s.group = 0;
    s.pending = undefined;
    s.tens = false;
  } else {
    return false;
  }
  return true;
}

const valueOf = (s: NumeralState): number => s.total + s.group + (s.pending ?? 0);

/** The value of a numeral in words, or NaN when the words do not form one. */
export function parseNumberWords(written: string): number {
  const state = startState();
  for (const w of written.toLowerCase().split(/\s+/)) if (!readWord(state, w)) return NaN;
  return valueOf(state);
}

/**
 * The longest run of leading words that forms a numeral: "ba năm" is "ba" followed by the
 * noun "năm" (years), not a number. Returns the value and how many words it used. One pass:
 * once a word cannot be read, no longer run forms a numeral either.
 */
export function leadingNumeral(written: string): { value: number; words: number } | undefined {
  const words = written.toLowerCase().split(/\s+/);
  const state = startState();
  let found: { value: number; words: number } | undefined;
  for (let n = 1; n <= words.length && readWord(state, words[n - 1]!); n++) {
    const value = valueOf(state);
    if (!Number.isNaN(value)) found = { value, words: n };
  }
  return found;
}
