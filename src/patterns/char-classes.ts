/**
 * What the patterns' Unicode classes say of each BMP code unit, as a table a loop reads once
 * per character: letters, digits and marks (`[\p{L}\p{N}\p{M}]`, what the boundary `B` sees),
 * capitals (`\p{Lu}`) and small letters (`\p{Ll}`). Built from XRegExp's classes, which the
 * patterns use (BMP only, as XRegExp compiles them without the `A` flag), once, on first use.
 */
import XRegExp from 'xregexp';

export const WORD = 1;
export const UPPER = 2;
export const LOWER = 4;

const BMP = 0x10000;
let classes: Uint8Array | undefined;

/** Each code unit's bits: WORD, UPPER, LOWER; non-zero exactly for a letter, digit or mark. */
export function charClasses(): Uint8Array {
  if (!classes) {
    const word = XRegExp(String.raw`^[\p{L}\p{N}\p{M}]$`);
    const upper = XRegExp(String.raw`^\p{Lu}$`);
    const lower = XRegExp(String.raw`^\p{Ll}$`);
    classes = new Uint8Array(BMP);
    for (let c = 0; c < BMP; c++) {
      const ch = String.fromCharCode(c);
      if (word.test(ch)) classes[c] = WORD | (upper.test(ch) ? UPPER : 0) | (lower.test(ch) ? LOWER : 0);
    }
  }
  return classes;
}
