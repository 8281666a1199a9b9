/**
 * The name-finder's look-ups answer as the patterns they replace. `officeAt` tries only the
 * offices whose first word is the syllable capitalized, where the case-insensitive alternation
 * of all offices was tried at every syllable whose lower case starts an office: checked at
 * every capitalized syllable of the articles and on generated syllables in odd cases and
 * spellings (the Kelvin sign lower-cases to "k" but the pattern does not take it for one).
 * `listedAfterPlace` tries the list-of-places pattern only where a place word starts: checked
 * before every position of the articles and of generated lists. `tokenAt` reads words of Latin
 * letters and punctuation by code, as TOKEN does: checked at every position of the articles and
 * of generated text. `nameFrom` leaves runs of one word without the run pattern: checked as
 * the pattern and the name-finder at every position of the articles and of generated text.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import nameContext from '../src/lexicon/name-context.json' with { type: 'json' };
import titles from '../src/lexicon/titles.json' with { type: 'json' };
import { PLACE_OR_IDEA_BEFORE, PLACE_OR_IDEA_WORDS } from '../src/extractors/person/lexicon.js';
import { CAPITALIZED, capitalRunStarts, listedAfterPlace, nameFrom, nameInRun, officeAt } from '../src/extractors/person/names.js';
import { type Token, tokenAt } from '../src/extractors/person/titles.js';
import { oneOf, xre } from '../src/patterns/compose.js';
import { normalize } from '../src/text/normalize.js';
import { articleTexts, hasShared } from './helpers.js';

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

const articles = articleTexts().map((a) => normalize(a).text);

describe('capitalRunStarts', () => {
  test.each([
    ['Ông Nguyễn Văn A', [0, 4, 11]],
    // After a small letter (glued), not after a capital or a digit; the pattern then decides ("UBND" is no syllable).
    ['Trung QuốcNgụy Phượng', [0, 6, 10]],
    ['UBND Hà Nội, 5Ba Vì', [0, 5]],
    // The word runs to a space followed by a capital, apostrophes included.
    ["bà H'Hen Niê và Y'Moan", [3, 5]],
    ['Hà  Nội, Hà\nNội, Hà-Nội, Hà nội', []],
  ])('%s', (text, starts) => expect(capitalRunStarts(text)).toEqual(starts));
});

describe('the lexicon of institution pairs', () => {
  // A pair is looked up as the run's last syllable and the lower-case word after it: a pair of another length never matches.
  test('every pair is two words, the first capitalized', () => {
    for (const pair of nameContext.institutionPairs) expect(pair, pair).toMatch(/^\p{Lu}\p{Ll}* \p{Ll}+$/u);
  });
});

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

const BLOCKED_LIST_BEFORE = xre(
  String.raw`(?<![\p{L}\p{M}])(?:${PLACE_OR_IDEA_BEFORE})[ ]+${CAPITALIZED}(?:[ ]${CAPITALIZED})*(?:[ ]*(?:,|-|và)[ ]*${CAPITALIZED}(?:[ ]${CAPITALIZED})*){0,4}[ ]*(?:,|[ ]-|và)[ ]+$`,
);
const listedBefore = (text: string, start: number): boolean => BLOCKED_LIST_BEFORE.test(text.slice(Math.max(0, start - 120), start));

describe('listedAfterPlace', () => {
  test('a list of names after a place word, up to a separator', () => {
    expect(listedAfterPlace('đường Lê Duẩn, Trần Phú', 15)).toBe(true);
    expect(listedAfterPlace('ngã tư Nguyễn Trãi - Khuất', 21)).toBe(true);
    expect(listedAfterPlace('ông Lê Duẩn, Trần Phú', 13)).toBe(false);
  });

  test('as the pattern searched in the 120 characters before, after every separator of the articles', () => {
    let hits = 0;
    for (const article of articles) {
      for (const m of article.matchAll(/(?:,|-|và)[ ]+/g)) {
        const start = m.index + m[0].length;
        expect(listedAfterPlace(article, start), article.slice(Math.max(0, start - 120), start)).toBe(listedBefore(article, start));
        if (listedBefore(article, start)) hits++;
      }
    }
    expect(hits).toBeGreaterThan(hasShared ? 5 : 0);
  });

  test('as the pattern, on generated lists', () => {
    const word = fc.constantFrom(...PLACE_OR_IDEA_WORDS.slice(0, 40), 'TP.', 'Tp.', 'thị\nxã', 'Lê', 'Duẩn', "H'Hen", 'Trần', 'Phú', 'và', 'ông', 'x', 'Trung', 'Nguyễn Du');
    const sep = fc.constantFrom(' ', '  ', ', ', ' - ', '-', ' và ', 'và', '\n', '.', '(', '', '\u00a0', ' 12 ');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, sep), { maxLength: 14 }), (parts) => {
        const text = parts.map(([w, s]) => w + s).join('');
        for (let start = 0; start <= text.length; start++) expect(listedAfterPlace(text, start), JSON.stringify(text.slice(0, start))).toBe(listedBefore(text, start));
      }),
      { numRuns: 1500, seed: 20261125 },
    );
  });
});

/** TOKEN of extractors/person/titles.ts, the pattern `tokenAt` reads common tokens without. */
const TOKEN = xre(
  String.raw`[ ]*([\p{L}\p{N}]+(?:[-./&][\p{L}\p{N}]+)+|\p{Lu}\p{M}*(?:\p{Lu}\p{M}*)*(?:\p{Ll}\p{M}*)*|(?:\p{Ll}\p{M}*)+|\p{N}+|[^\s])`,
  'y',
);
function tokenBefore(text: string, pos: number): Token | null {
  TOKEN.lastIndex = pos;
  const m = TOKEN.exec(text);
  if (!m) return null;
  const start = pos + m[0].length - m[1]!.length;
  return { text: m[1]!, start, end: start + m[1]!.length };
}

describe('tokenAt', () => {
  test('words, glued words, joined words, punctuation', () => {
    expect(tokenAt('  Bộ Xây dựng', 0)).toEqual({ text: 'Bộ', start: 2, end: 4 });
    expect(tokenAt('ThS Lê', 0)?.text).toBe('Th');
    expect(tokenAt('vàTrần', 0)?.text).toBe('và');
    expect(tokenAt('TP.HCM,', 0)?.text).toBe('TP.HCM');
    expect(tokenAt('“Ban”', 0)?.text).toBe('“');
    expect(tokenAt(' \nBan', 0)).toBeNull();
  });

  test('as TOKEN, at every position of the articles', () => {
    for (const article of articles) for (let pos = 0; pos < article.length; pos++) expect(tokenAt(article, pos)).toEqual(tokenBefore(article, pos));
  });

  test('as TOKEN, on generated text of letters, marks, digits, joins and punctuation', () => {
    const piece = fc.constantFrom('Bộ', 'xây', 'ThS', 'vàTrần', 'ǅa', 'ªb', 'Ấp', 'e\u0301', '\u0301', '12', '-', '.', '/', '&', '“', '”', '–', ' ', '  ', '\n', '\u00a0', '\u2009', '\u2060', 'Σα', 'İ', '\u212A', '日本', '٣', ',', '(', 'TP', 'HCM', 'ß', 'ẞ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const text = pieces.join('');
        for (let pos = 0; pos <= text.length; pos++) expect(tokenAt(text, pos), JSON.stringify(text.slice(pos))).toEqual(tokenBefore(text, pos));
      }),
      { numRuns: 3000, seed: 20261125 },
    );
  });

  test('general punctuation holds no letter, digit or mark', () => {
    for (let c = 0x2000; c <= 0x206f; c++) expect(xre(String.raw`^[\p{L}\p{N}\p{M}]$`).test(String.fromCharCode(c)), `U+${c.toString(16)}`).toBe(false);
  });
});

const RUN_AT = xre(String.raw`${CAPITALIZED}(?:[ ]${CAPITALIZED})*`, 'y');
function nameFromBefore(text: string, pos: number): ReturnType<typeof nameFrom> {
  RUN_AT.lastIndex = pos;
  const m = RUN_AT.exec(text);
  return m ? nameInRun(text, pos, m[0]) : null;
}

describe('nameFrom', () => {
  test('as the run pattern and the name-finder, at every position of the articles', () => {
    for (const article of articles) for (let pos = 0; pos < article.length; pos++) expect(nameFrom(article, pos)).toEqual(nameFromBefore(article, pos));
  });

  test('as the run pattern and the name-finder, on generated text', () => {
    const piece = fc.constantFrom('Nguyễn', 'Văn', 'An', 'ông', 'Tỉnh', 'ủy', "H'Hen", 'QuốcNgụy', 'Ê\u0301', 'Σα', '12', ' ', '  ', ', ', '\n', '.', "'", '“', 'ǅa', 'Y');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const text = pieces.join('');
        for (let pos = 0; pos <= text.length; pos++) expect(nameFrom(text, pos), JSON.stringify(text.slice(pos))).toEqual(nameFromBefore(text, pos));
      }),
      { numRuns: 3000, seed: 20261125 },
    );
  });
});
