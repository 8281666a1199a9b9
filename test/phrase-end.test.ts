/**
 * patterns/phrase-end.ts answers as the `$`-anchored alternation it replaces,
 * `(?<![\p{L}\p{M}])(?:phrase|…)[ ]+$`: on the text before every capitalized word of the
 * articles, and on generated text made of the phrases themselves.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import titles from '../src/lexicon/titles.json' with { type: 'json' };
import { oneOf, xre } from '../src/patterns/compose.js';
import { isSpace } from '../src/patterns/latin.js';
import { PhraseEnds } from '../src/patterns/phrase-end.js';
import { normalize } from '../src/text/normalize.js';
import { articleTexts } from './helpers.js';

const lists = {
  'offices, any case': { list: titles.offices, ignoreCase: true },
  'honorifics, ranks, degrees, any case': { list: [...titles.honorifics, ...titles.ranks, ...titles.academic], ignoreCase: true },
  'lower-case body words': { list: titles.organizationLowercase, ignoreCase: false },
};

const articles = articleTexts().map((a) => normalize(a).text);
/** The 40 characters before every capitalized word: what the name rules look at. */
const befores = articles.flatMap((a) => [...a.matchAll(/(?<=[ ])\p{Lu}/gu)].map((m) => a.slice(Math.max(0, m.index - 40), m.index)));

describe('PhraseEnds', () => {
  test('a phrase before spaces, after a non-letter, in any case when asked', () => {
    const ends = new PhraseEnds(['Chủ tịch', 'Phó Chủ tịch', 'ông'], { ignoreCase: true });
    expect(ends.endsBeforeSpaces('Phó chủ tịch ')).toBe(true);
    expect(ends.endsBeforeSpaces('(Chủ  tịch ')).toBe(true);
    expect(ends.startOf('nói Phó Chủ tịch', 16)).toBe(4);
    expect(ends.endsBeforeSpaces('Chủ tịch')).toBe(false);
    expect(ends.endsBeforeSpaces('Chủ tịch, ')).toBe(false);
    expect(ends.endsBeforeSpaces('bông ')).toBe(false);
    expect(new PhraseEnds(['ông']).endsBeforeSpaces('Ông ')).toBe(false);
  });

  test('isSpace is \\s on every code unit', () => {
    for (let code = 0; code < 0x10000; code++) expect(isSpace(code), `U+${code.toString(16)}`).toBe(/\s/.test(String.fromCharCode(code)));
  });

  test('a character glued before a phrase is a cut unless it is a letter or a mark: ASCII, Latin blocks, diacritics', () => {
    const ends = new PhraseEnds(['ông', 'Bí thư'], { ignoreCase: true });
    const regex = xre(String.raw`(?<![\p{L}\p{M}])(?:ông|Bí\s+thư)[ ]+$`, 'i');
    const codes = [[0, 0x7f], [0x80, 0x24f], [0x250, 0x2ff], [0x300, 0x36f], [0x1e00, 0x1eff]].flatMap(([a, b]) => Array.from({ length: b! - a! + 1 }, (_, i) => a! + i));
    for (const code of codes) {
      for (const text of [`${String.fromCharCode(code)}ông `, `x${String.fromCharCode(code)}Bí thư `, `(${String.fromCharCode(code)}ông `]) {
        expect(ends.endsBeforeSpaces(text), `U+${code.toString(16)}`).toBe(regex.test(text));
      }
    }
  });

  for (const [name, { list, ignoreCase }] of Object.entries(lists)) {
    const regex = xre(String.raw`(?<![\p{L}\p{M}])(?:${oneOf(list)})[ ]+$`, ignoreCase ? 'i' : '');
    const ends = new PhraseEnds(list, { ignoreCase });

    test(`${name}: as the regex, before every capitalized word of the articles`, () => {
      for (const before of befores) expect(ends.endsBeforeSpaces(before), before).toBe(regex.test(before));
    });

    test(`${name}: as the regex, on text made of the phrases`, () => {
      const word = fc.oneof(fc.constantFrom(...list), fc.constantFrom(...list.map((p) => p.toUpperCase())), fc.constantFrom('và', 'Ủy', '(', '-', 'x', 'Nguyễn', 'ÔNG', 'Ông,'));
      const sep = fc.constantFrom(' ', '  ', ', ', '\n', '(', '');
      fc.assert(
        fc.property(fc.array(fc.tuple(word, sep), { maxLength: 6 }), (parts) => {
          const text = parts.map(([w, s]) => w + s).join('');
          expect(ends.endsBeforeSpaces(text), text).toBe(regex.test(text));
        }),
        { numRuns: 2000, seed: 20261125 },
      );
    });
  }
});
