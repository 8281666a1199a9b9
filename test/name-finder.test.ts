/**
 * The name-finder's office look-up answers as the pattern it replaces: `officeAt` tries only
 * the offices whose first word is the syllable capitalized, where the case-insensitive
 * alternation of all offices was tried at every syllable whose lower case starts an office.
 * Checked at every capitalized syllable of the articles and on generated syllables in odd cases
 * and spellings (the Kelvin sign lower-cases to "k" but the pattern does not take it for one).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import titles from '../src/lexicon/titles.json' with { type: 'json' };
import { CAPITALIZED, officeAt } from '../src/extractors/person/names.js';
import { oneOf, xre } from '../src/patterns/compose.js';
import { normalize } from '../src/text/normalize.js';
import { devCorpus, fixture, hasShared } from './helpers.js';

const OFFICE_AT = xre(String.raw`(?:${oneOf(titles.offices)})(?![\p{L}\p{M}])`, 'iy');
const FIRST_WORDS = new Set(titles.offices.map((o) => o.split(/\s+/)[0]!.toLowerCase()));
function officeAtBefore(text: string, pos: number, syllable: string): boolean {
  OFFICE_AT.lastIndex = pos;
  return FIRST_WORDS.has(syllable.toLowerCase()) && OFFICE_AT.test(text);
}

const SYLLABLE = xre(`(?<![\\p{L}\\p{N}\\p{M}]|')${CAPITALIZED}`, 'g');
function expectSameAtSyllables(text: string): void {
  for (const m of text.matchAll(new RegExp(SYLLABLE.source, 'g'))) {
    expect(officeAt(text, m.index, m[0]), `${m[0]} in ${text.slice(m.index, m.index + 40)}`).toBe(officeAtBefore(text, m.index, m[0]));
  }
}

const articles = [
  readFileSync(fixture('hanoi-2019-07-30-chuan-bi-dai-hoi.txt'), 'utf8'),
  ...(hasShared ? readdirSync(devCorpus).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(devCorpus, f), 'utf8')) : []),
].map((a) => normalize(a).text);

describe('officeAt', () => {
  test('offices at syllables: any case after the first letter, not inside a longer word', () => {
    expect(officeAt('Phó Chủ tịch UBND', 0, 'Phó')).toBe(true);
    expect(officeAt('ông Phó chủ Tịch', 4, 'Phó')).toBe(true);
    expect(officeAt('Tuv Trung ương', 0, 'Tuv')).toBe(true);
    expect(officeAt('Phó Chủ tịchx', 0, 'Phó')).toBe(false);
    expect(officeAt('Phóng viên', 0, 'Phóng')).toBe(false);
  });

  test('as the alternation of all offices, at every capitalized syllable of the articles', () => {
    for (const article of articles) expectSameAtSyllables(article);
  });

  test('as the alternation of all offices, on syllables and offices in odd cases', () => {
    const words = [...new Set(titles.offices.flatMap((o) => o.split(/\s+/)))];
    const oddCase = (w: string, upper: boolean[]): string => [...w].map((c, i) => (upper[i % upper.length] ? c.toUpperCase() : c.toLowerCase())).join('');
    const word = fc.oneof(
      fc.tuple(fc.constantFrom(...words), fc.array(fc.boolean(), { minLength: 1, maxLength: 4 })).map(([w, upper]) => oddCase(w, upper)),
      fc.constantFrom(...titles.offices, 'Kiểm', '\u212Aiểm', 'İ', 'Σ', "H'Hen", 'Phóx', 'x'),
    );
    const sep = fc.constantFrom(' ', '  ', ', ', '\n', '(', '');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, sep), { maxLength: 6 }), (parts) => expectSameAtSyllables(parts.map(([w, s]) => w + s).join(''))),
      { numRuns: 3000, seed: 20261125 },
    );
  });
});
