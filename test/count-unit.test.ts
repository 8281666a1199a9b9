/**
 * count/unit.ts reads the words before a number backwards and patterns/numbers.ts reads a
 * numeral in one pass; both answer as the versions they replace (a split of the 30
 * characters before the number, a parse of every prefix of the words): at every number of
 * the articles and on generated text with punctuation, tabs, other spaces and surrogates.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import lexicon from '../src/lexicon/count-units.json' with { type: 'json' };
import { followsLabel } from '../src/extractors/count/unit.js';
import { leadingNumeral, parseNumberWords } from '../src/patterns/numbers.js';
import { normalize } from '../src/text/normalize.js';
import { articleTexts } from './helpers.js';

const LABELS = new Set(lexicon.labelNouns);
const NOT_LABELS = new Set(lexicon.labelCompounds);

/** The words before `pos` as they were read: split the window, then walk back. */
function splitWordsBefore(text: string, pos: number): string[] {
  const window = text.slice(Math.max(0, pos - 30), pos);
  if (!/[ \t]$/.test(window)) return [];
  const words = window.split(/\s/).filter(Boolean);
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0 && out.length < 2; i--) {
    const w = words[i]!;
    if (/^[\p{L}\p{M}]+$/u.test(w)) {
      out.unshift(w);
      continue;
    }
    const tail = w.split(/[^\p{L}\p{M}]/u).pop();
    if (tail) out.unshift(tail);
    break;
  }
  return out;
}

function splitFollowsLabel(text: string, pos: number): boolean {
  const before = splitWordsBefore(text, pos);
  const last = before[before.length - 1];
  if (!last) return false;
  const pair = before.join(' ');
  if (before.length === 2 && NOT_LABELS.has(pair.toLowerCase())) return false;
  if (before.length === 2 && LABELS.has(pair.toLowerCase())) return true;
  if (LABELS.has(last.toLowerCase())) return true;
  const at = text.lastIndexOf(last, pos - 1);
  return last !== last.toLowerCase() && !/(?:^|[.!?:;"'(\n…-]\s*)$/.test(text.slice(Math.max(0, at - 3), at));
}

/** Every prefix of the words parsed, the longest numeral kept. */
function prefixLeadingNumeral(written: string): { value: number; words: number } | undefined {
  const words = written.split(/\s+/);
  for (let n = words.length; n > 0; n--) {
    const value = parseNumberWords(words.slice(0, n).join(' '));
    if (!Number.isNaN(value)) return { value, words: n };
  }
  return undefined;
}

const articles = articleTexts().map((a) => normalize(a).text);

describe('followsLabel reads the words before a number as the split did', () => {
  test('at every number of the articles', () => {
    for (const a of articles) for (const m of a.matchAll(/\d+/g)) expect(followsLabel(a, m.index), a.slice(m.index - 40, m.index)).toBe(splitFollowsLabel(a, m.index));
  });

  test('on generated text', () => {
    const word = fc.constantFrom(...lexicon.labelNouns.slice(0, 20), 'trong số', 'Chỉ thị', 'Có', 'ông', 'Hà', 'x', '𝐀𝐁', 'a\u0301', '\ud800', '\udc00', 'đ𝐀', '𐐀', 'x𐐀', '1', '…', '(');
    const sep = fc.constantFrom(' ', '  ', '\t', '\u00a0', '\n', '. ', ', ', '-', '"', '');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, sep), { maxLength: 8 }), fc.constantFrom(' ', '\t', ' \t', ''), (parts, end) => {
        const text = parts.map(([w, s]) => w + s).join('') + end;
        for (let pos = 0; pos <= text.length; pos++) expect(followsLabel(text, pos), JSON.stringify(text)).toBe(splitFollowsLabel(text, pos));
      }),
      { numRuns: 3000, seed: 20261125 },
    );
  });

  test('on generated characters, long words cut by the window', () => {
    const letter = fc.constantFrom('a', 'Q', 'đ', 'Đ', '\u0301', '𐐀');
    const char = fc.oneof(letter, fc.constantFrom(' ', '\t', '.', '-', '\ud801', '\udc00'));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 12 }), fc.array(letter, { minLength: 20, maxLength: 34 }), fc.array(char, { maxLength: 6 }), (before, word, after) => {
        const text = `${before.join('')}${word.join('')} ${after.join('')} `;
        for (let pos = 0; pos <= text.length; pos++) expect(followsLabel(text, pos), JSON.stringify(text)).toBe(splitFollowsLabel(text, pos));
      }),
      { numRuns: 1000, seed: 20261125 },
    );
  });
});

test('leadingNumeral reads as parsing every prefix did', () => {
  const word = fc.constantFrom('một', 'Hai', 'ba', 'mười', 'mươi', 'mốt', 'lăm', 'tư', 'trăm', 'linh', 'lẻ', 'nghìn', 'triệu', 'tỷ', 'năm', 'nay', '');
  fc.assert(
    fc.property(fc.array(fc.tuple(word, fc.constantFrom(' ', '  ', '\t')), { minLength: 1, maxLength: 6 }), (parts) => {
      const written = parts.map(([w, s]) => w + s).join('').trimEnd();
      expect(leadingNumeral(written), written).toEqual(prefixLeadingNumeral(written));
    }),
    { numRuns: 3000, seed: 20261125 },
  );
});
