/**
 * Runs every rule corpus (src/extractors/<type>/corpus.ts): each example must yield exactly
 * one mention of its type covering the phrase (or its `span`) with the expected fields, in
 * NFC and in NFD; each negative must yield none of that type.
 */
import { describe, expect, test } from 'vitest';
import { createExtractor, type Mention } from '../src/index.js';
import type { RuleCorpus } from '../src/extractors/types.js';

const corpora = import.meta.glob<{ corpus: RuleCorpus }>('../src/extractors/*/corpus.ts', { eager: true });
const extractor = createExtractor();

function run(text: string, referenceDate: string | undefined, type: Mention['type']): Mention[] {
  return extractor.extract(text, { referenceDate }).mentions.filter((m) => m.type === type);
}

for (const [file, { corpus }] of Object.entries(corpora)) {
  describe(`${corpus.type} corpus (${file.split('/').slice(-2, -1)[0]})`, () => {
    for (const form of ['NFC', 'NFD'] as const) {
      describe(form, () => {
        test.skipIf(corpus.examples.length === 0)('has examples', () => {});
        test.each(corpus.examples.map((e) => ({ ...e, name: e.text })))('$name', (example) => {
          const text = example.text.normalize(form);
          const ref = example.referenceDate ?? corpus.referenceDate;
          const found = run(text, ref || undefined, corpus.type);
          const span = (example.span ?? example.text).normalize(form);
          expect(found.map((m) => m.text), 'exactly one mention').toEqual([span]);
          // Values are canonical (NFC, new tone placement) whatever the input form.
          expect(found[0]).toMatchObject(example.expect);
        });
        test.each(corpus.negatives.map((n) => [n] as const))('not: %s', (negative) => {
          const found = run(negative.normalize(form), corpus.referenceDate, corpus.type);
          expect(found.map((m) => m.text)).toEqual([]);
        });
      });
    }
  });
}

test('every extractor folder has a corpus', () => {
  expect(Object.keys(corpora).length).toBeGreaterThan(0);
});
