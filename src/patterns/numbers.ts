/**
 * Vietnamese numbers: digits written the Vietnamese way ("1.200" = 1200, "12,5" = 12.5,
 * "1.999,62") and number words ("hai", "mười lăm", "hai mươi mốt", "ba trăm", "hai nghìn").
 * Patterns are strings for `build`; the parsers turn a matched numeral into a JS number.
 */

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
export const isScaleWord = (word: string): boolean => Object.hasOwn(SCALE_WORDS, word);

/** The digit words that can start a numeral ("mốt", "lăm", "tư" only follow "mươi"/"trăm"). */
export const LEAD_WORDS: readonly string[] = ['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'bẩy', 'tám', 'chín', 'mười'];
const leadWord = `(?:${LEAD_WORDS.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})`;
const tailWord = String.raw`(?:một|mốt|hai|ba|bốn|tư|năm|lăm|nhăm|sáu|b[ảẩ]y|tám|chín|mười|mươi|trăm|linh|lẻ|nghìn|ngàn|vạn|triệu|t[ỷỉ])`;
/** A numeral in words, one word or several: "ba", "hai mươi lăm", "ba trăm linh năm". */
export const numberWords = String.raw`${leadWord}(?:\s+${tailWord}(?![\p{L}\p{M}]))*`;

/**
 * The value of a numeral in words, or NaN when the words do not form one. Groups below a
 * thousand are read with "mươi" (tens), "mười" (ten), "trăm" (hundreds) and "linh"/"lẻ"
 * (a zero tens digit); scale words multiply what came before them.
 */
export function parseNumberWords(written: string): number {
  const words = written.toLowerCase().split(/\s+/);
  let total = 0;
  let group = 0;
  let pending: number | undefined;
  let tens = false;
  for (const w of words) {
    if (w in DIGIT_WORDS) {
      if (pending !== undefined) return NaN;
      pending = DIGIT_WORDS[w]!;
    } else if (w === 'mười') {
      if (pending !== undefined || tens) return NaN;
      group += 10;
      tens = true;
    } else if (w === 'mươi') {
      if (tens) return NaN;
      group += (pending ?? NaN) * 10;
      pending = undefined;
      tens = true;
    } else if (w === 'trăm') {
      group += (pending ?? 1) * 100;
      pending = undefined;
    } else if (w === 'linh' || w === 'lẻ') {
      if (pending !== undefined) return NaN;
    } else if (w in SCALE_WORDS) {
      total += (group + (pending ?? 0) || 1) * SCALE_WORDS[w]!;
      group = 0;
      pending = undefined;
      tens = false;
    } else {
      return NaN;
    }
  }
  return total + group + (pending ?? 0);
}

/**
 * The longest run of leading words that forms a numeral: "ba năm" is "ba" followed by the
 * noun "năm" (years), not a number. Returns the value and how many words it used.
 */
export function leadingNumeral(written: string): { value: number; words: number } | undefined {
  const words = written.split(/\s+/);
  for (let n = words.length; n > 0; n--) {
    const value = parseNumberWords(words.slice(0, n).join(' '));
    if (!Number.isNaN(value)) return { value, words: n };
  }
  return undefined;
}
