/**
 * The `$`-anchored tests on the text before a match start with a look-behind word boundary,
 * `(?<![\p{L}\p{M}])X`, instead of consuming one non-letter, `(?:^|[^\p{L}\p{M}])X`: V8 runs
 * them about twice as fast, and whether they match is the same (the generic-body test, the
 * honorific, plural and country-cue tests of the location rules), with either case flag.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import places from '../src/lexicon/places.json' with { type: 'json' };

const ends = {
  determiner: { words: ['các', 'những', 'mỗi', 'từng', 'nhiều'], flags: 'u' },
  honorific: { words: places.honorifics, flags: 'u' },
  'country cue': { words: places.countryCues, flags: 'iu' },
  'plural or number': { words: ['[Cc]ác', String.raw`\d+`, 'hai', 'ba'], flags: 'u' },
};

for (const [name, { words, flags }] of Object.entries(ends)) {
  test(`${name}: a look-behind boundary matches where a consumed non-letter did`, () => {
    const tail = String.raw`(?:${words.join('|')})\s+$`;
    const consumed = new RegExp(String.raw`(?:^|[^\p{L}\p{M}])${tail}`, flags);
    const behind = new RegExp(String.raw`(?<![\p{L}\p{M}])${tail}`, flags);
    const word = fc.constantFrom(...words.filter((w) => !w.includes('\\') && !w.includes('[')), 'x', 'Á', '1', '𐐀', '\udc00', '\u0301', '.', '(', 'ÔNG', 'Các');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, fc.constantFrom('', ' ', '\t', '\n', '-', ','))), (parts) => {
        const text = parts.map(([w, s]) => w + s).join('');
        expect(behind.test(text), JSON.stringify(text)).toBe(consumed.test(text));
      }),
      { numRuns: 2000, seed: 20261125 },
    );
  });
}
