/**
 * Ordinals as Vietnamese political text writes them: Roman numerals for congresses and terms
 * ("Đại hội XIII", "khóa XII"), Arabic digits ("Hội nghị Trung ương 8", "lần thứ 10") and
 * words after "thứ" ("lần thứ sáu", "Kỳ họp thứ mười lăm"). Shared by the document and event
 * rules and by anyone else who needs to read "lần thứ XVII".
 */

/** A Roman numeral up to 89 (terms and congresses stay well below), never empty. */
export const roman = String.raw`(?=[IVXL])L?X{0,3}(?:IX|IV|V?I{0,3})(?![\p{L}\p{N}\p{M}])`;

/** An Arabic ordinal: one to three digits. */
export const arabic = String.raw`\d{1,3}(?![\p{N}])`;

/**
 * Word ordinals after "thứ". "nhất" and "tư" are the ordinal forms of one and four; "mươi",
 * "mốt", "lăm" are the compound forms ("hai mươi mốt", "mười lăm").
 */
const UNITS: Record<string, number> = {
  nhất: 1, một: 1, mốt: 1, hai: 2, ba: 3, tư: 4, bốn: 4, năm: 5, lăm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9,
};
const unitWord = String.raw`(?:nhất|một|mốt|hai|ba|tư|bốn|năm|lăm|sáu|bảy|bẩy|tám|chín)`;
/** Official texts capitalize the first word: "Kỳ họp thứ Sáu", "Hội nghị lần thứ Tám". */
const leadUnit = String.raw`(?:[Nn]hất|[Mm]ột|[Hh]ai|[Bb]a|[Tt]ư|[Bb]ốn|[Nn]ăm|[Ss]áu|[Bb][ảẩ]y|[Tt]ám|[Cc]hín)`;
export const ordinalWord = String.raw`(?:(?:(?:[Hh]ai|[Bb]a)\s+mươi|[Mm]ười)(?:\s+${unitWord})?|${leadUnit})(?![\p{L}\p{M}])`;

/** Any ordinal value: Roman, Arabic or a word. */
export const ordinalValue = String.raw`(?:${roman}|${arabic}|${ordinalWord})`;

/** "lần thứ XVII", "thứ 3", "thứ mười lăm": the value is in the group named `name`. */
export function nthPattern(name: string): string {
  return String.raw`(?:lần\s+)?thứ\s+(?<${name}>${ordinalValue})`;
}

const ROMAN_DIGITS: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** "XIV" → 14 (either case); NaN for anything that is not a Roman numeral. */
export function romanToInt(roman: string): number {
  const s = roman.toUpperCase();
  if (!/^[IVXLCDM]+$/.test(s)) return NaN;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_DIGITS[s[i]!]!;
    const next = ROMAN_DIGITS[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

function wordToInt(s: string): number | undefined {
  const words = s.toLowerCase().split(' ');
  if (words[0] === 'mười') return 10 + (words[1] ? UNITS[words[1]] ?? NaN : 0);
  if (words[1] === 'mươi') return UNITS[words[0]!]! * 10 + (words[2] ? UNITS[words[2]] ?? NaN : 0);
  return words.length === 1 ? UNITS[words[0]!] : undefined;
}

/** The value of an ordinal written in any of the three forms, or undefined. */
export function ordinalToInt(s: string | undefined): number | undefined {
  if (!s) return undefined;
  const t = s.trim().replace(/\s+/g, ' ');
  if (/^\d+$/.test(t)) return Number(t);
  if (/^[IVXL]+$/.test(t)) return romanToInt(t);
  const n = wordToInt(t);
  return n === undefined || Number.isNaN(n) ? undefined : n;
}
