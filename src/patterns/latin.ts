/**
 * Characters decided by code in the Latin blocks Vietnamese is written in (ASCII, Latin-1,
 * Extended-A and -B, Extended Additional, combining diacritics), so that the name-finder's
 * and the organization walk's loops call no Unicode pattern per character: spaces, letters,
 * capitals and small letters (as XRegExp's classes, which the patterns use, have them), lower case.
 */
import { LOWER, UPPER, charClasses } from './char-classes.js';

export const LATIN_BLOCKS = [[0, 0x24f], [0x300, 0x36f], [0x1e00, 0x1eff]] as const;
/** Code units past the Latin blocks: the tables below stop there. */
export const LATIN_END = 0x1f00;

/** `\s`, decided by code (the spaces and line breaks of Unicode). */
export const isSpace = (code: number): boolean =>
  code === 32 || (code >= 9 && code <= 13) || (code >= 0xa0 && (code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff));

/** Code units of Latin letters (ASCII, Latin-1, Extended-A and -B, Extended Additional) and combining diacritics: all \p{L} or \p{M}. */
export const isLatinLetter = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff);

/** Capitals (1) and small letters (2) among the Latin code units, as the patterns' classes (XRegExp's) have them. */
const LATIN_CASE = new Uint8Array(LATIN_END);
{
  const classes = charClasses();
  for (const [from, to] of LATIN_BLOCKS) {
    for (let c = from; c <= to; c++) LATIN_CASE[c] = classes[c]! & UPPER ? 1 : classes[c]! & LOWER ? 2 : 0;
  }
}
/** 1 for a capital, 2 for a small letter, 0 for anything else or outside the Latin blocks. */
export const latinCase = (c: number): number => (c < LATIN_END ? LATIN_CASE[c]! : 0);
/** No letter, digit or mark: ASCII punctuation, spaces, general punctuation (quotes, dashes). */
export const isOther = (c: number): boolean => (c < 0x80 ? !(latinCase(c) || (c >= 48 && c <= 57)) : isSpace(c) || (c >= 0x2000 && c <= 0x206f));

/** Which code units of the Latin blocks and combining diacritics lower-casing leaves as they are. */
const OWN_LOWER_CASE = new Uint8Array(LATIN_END);
for (const [from, to] of LATIN_BLOCKS) {
  for (let c = from; c <= to; c++) OWN_LOWER_CASE[c] = String.fromCharCode(c).toLowerCase() === String.fromCharCode(c) ? 1 : 0;
}

/** `word.toLowerCase()`, without the call for a word in lower case already (most words before a name). */
export function toLowerCase(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= LATIN_END || OWN_LOWER_CASE[c] === 0) return word.toLowerCase();
  }
  return word;
}
