/**
 * Invariance over the dev corpus (../shared, skipped cleanly when absent) and the bundled
 * fixture (always): the same article in NFD, with old tone placement, with NBSP for spaces,
 * with CRLF line ends, with zero-width spaces and with all of these at once gives the same
 * mentions — same types and values, offsets valid in each input and covering the same text
 * once normalized. The text layer is what makes this hold, so the normalized texts must be
 * equal too.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { canonical, createExtractor, normalize, type Extraction } from '../src/index.js';
import { oldTonePlacement, problems } from '../scripts/fuzz-lib.mjs';
import { Extraction as ExtractionSchema } from '../src/schema/index.js';
import { devCorpus, fixture, hasShared, values } from './helpers.js';

interface Article {
  name: string;
  text: string;
  referenceDate?: string;
}

const articles: Article[] = [
  { name: 'fixture', text: readFileSync(fixture('hanoi-2019-07-30-chuan-bi-dai-hoi.txt'), 'utf8'), referenceDate: '2019-07-30' },
  ...(hasShared
    ? readdirSync(devCorpus)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => {
          const name = f.slice(0, -4);
          const gold = JSON.parse(readFileSync(join(devCorpus, `${name}.gold.json`), 'utf8')) as { referenceDate?: string };
          return { name, text: readFileSync(join(devCorpus, f), 'utf8'), referenceDate: gold.referenceDate };
        })
    : []),
];

const VARIANTS: Record<string, (s: string) => string> = {
  NFD: (s) => s.normalize('NFD'),
  'old tone placement': oldTonePlacement,
  'NBSP for spaces': (s) => s.replace(/ /g, '\u00a0'),
  CRLF: (s) => s.replace(/\r?\n/g, '\r\n'),
  'zero-width spaces': (s) => s.replace(/, /g, ',\u200b ').replace(/\. /g, '.\u200b '),
  'all at once': (s) => oldTonePlacement(s).normalize('NFD').replace(/ /g, '\u00a0').replace(/\r?\n/g, '\r\n').replace(/, /g, ',\u200b '),
};

const extractor = createExtractor();
const results = new Map<string, Extraction>();
const base = (a: Article): Extraction => {
  let r = results.get(a.name);
  if (!r) results.set(a.name, (r = extractor.extract(a.text, { referenceDate: a.referenceDate })));
  return r;
};

/**
 * Extraction reads only the normalized text (and the reference date), so equal normalized
 * texts give equal records; that is checked for every variant, and the extraction itself is
 * compared on the fixture for every variant and on each corpus article for all at once
 * (keeping the suite fast while the rules are slow).
 */
describe.each(articles.map((a) => [a.name, a] as const))('%s', (_, article) => {
  test.each(Object.keys(VARIANTS))('%s gives the same mentions', (variantName) => {
    const variant = VARIANTS[variantName]!(article.text);
    // The text layer turns the variant into the same normalized text…
    expect(normalize(variant).text === normalize(article.text).text, 'normalized texts differ').toBe(true);
    if (article.name !== 'fixture' && variantName !== 'all at once') return;
    // … so the extraction gives the same records, with offsets into the variant.
    const expected = base(article);
    const result = extractor.extract(variant, { referenceDate: article.referenceDate });
    expect(problems(variant, result, ExtractionSchema)).toEqual([]);
    expect(values(result)).toEqual(values(expected));
    expect(result.people).toEqual(expected.people);
    expect(result.mentions.map((m) => canonical(m.text))).toEqual(expected.mentions.map((m) => canonical(m.text)));
  });
});

test('the corpus is there when ../shared is', () => {
  expect(articles.length).toBe(hasShared ? 1 + readdirSync(devCorpus).filter((f) => f.endsWith('.txt')).length : 1);
});
