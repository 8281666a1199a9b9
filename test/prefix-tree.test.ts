/**
 * patterns/compose.ts prefixTree: an alternation of literal phrases written with shared
 * beginnings once matches as the plain alternation does, with and without the `i` flag.
 */
import XRegExp from 'xregexp';
import { describe, expect, test } from 'vitest';
import organizations from '../src/lexicon/organizations.json' with { type: 'json' };
import places from '../src/lexicon/places.json' with { type: 'json' };
import titles from '../src/lexicon/titles.json' with { type: 'json' };
import { looseWord, oneOf, phrases, prefixTree } from '../src/patterns/compose.js';
import { normalize } from '../src/text/normalize.js';
import { articleTexts } from './helpers.js';

const plain = (list: readonly string[]): string =>
  [...new Set(list)]
    .sort((a, b) => b.length - a.length)
    .map((p) => XRegExp.escape(p))
    .join('|');

const lists = Object.entries({ ...titles, ...organizations, ...places }).filter(
  (entry): entry is [string, string[]] => Array.isArray(entry[1]) && entry[1].every((x) => typeof x === 'string'),
);

describe('prefixTree', () => {
  test('shared beginnings once, longer before shorter', () => {
    expect(prefixTree([['B', 'a', 'n', 'g'], ['B', 'a', 'n'], ['B', 'ộ']])).toBe('B(?:an(?:g|)|ộ)');
    expect(oneOf(['Ban Tổ chức', 'Ban', 'Bộ'])).toBe(String.raw`B(?:an(?:\u0020Tổ\u0020chức|)|ộ)`);
  });

  test('plain where a phrase begins as another does in another case', () => {
    expect(oneOf(['phó bí thư', 'Phó'])).toBe(plain(['phó bí thư', 'Phó']));
    expect(oneOf(['Phó Bí thư', 'Bí thư', 'bí thư'])).toBe(plain(['Phó Bí thư', 'Bí thư', 'bí thư']));
  });

  const articles = articleTexts().map((t) => normalize(t).text);
  const texts = [...articles, ...lists.map(([, list]) => list.join(' , ')), ...lists.map(([, list]) => list.join(' ').toUpperCase())];
  const all = (source: string, flags: string, text: string) => [...text.matchAll(new RegExp(`(?:${source})(?![\\p{L}\\p{M}])`, flags))].map((m) => [m.index, m[0]]);

  test.each(lists.map(([name, list]) => [name, list] as const))('%s: the same matches as the plain alternation', (_name, list) => {
    for (const flags of ['g', 'gi']) {
      for (const text of texts) expect(all(oneOf(list), flags, text)).toEqual(all(plain(list), flags, text));
    }
  });

  test.each([false, true])('phrases (loose: %s): the same matches as the plain alternation', (loose) => {
    const flat = (list: readonly string[]) =>
      [...new Set(list)]
        .sort((a, b) => b.length - a.length)
        .map((p) => p.split(/\s+/).map((w) => (loose ? looseWord(w) : XRegExp.escape(w))).join(String.raw`\s+`))
        .join('|');
    for (const [, list] of lists) {
      for (const text of texts) expect(all(phrases(list, loose), 'g', text)).toEqual(all(flat(list), 'g', text));
    }
  });
});
