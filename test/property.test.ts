/**
 * Property-based tests (fast-check): for arbitrary strings, Vietnamese-like text and mutated
 * real articles, extraction never throws, the output is schema-valid, every mention's offsets
 * give back its text, mentions are sorted, and the same input gives the same output, alone
 * or in a batch (extractMany).
 * A few hundred cases here; `npm run fuzz` runs the same properties on a million.
 * Generators and invariants: scripts/fuzz-lib.mjs.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Extraction, createExtractor, extract, normalize } from '../src/index.js';
import { anyInput, mutatedArticle, pathologicalText, problems, show, syllablesOf, unicodeText, vietnameseText } from '../scripts/fuzz-lib.mjs';
import { articleTexts } from './helpers.js';

const seeds = articleTexts();
const syllables = syllablesOf(seeds);
const unvalidated = createExtractor({ validate: false });
/** Fixed seed so that a failure in CI reproduces; FC_SEED overrides it for exploration. */
const params = (numRuns: number) => ({ numRuns, seed: Number(process.env.FC_SEED ?? 20190730), endOnFailure: false });

/** The contract for one input: no throw, schema-valid, offsets, order, determinism. */
function holds(input: string): void {
  const first = unvalidated.extract(input, { referenceDate: '2019-07-30' });
  expect(problems(input, first, Extraction), show(input)).toEqual([]);
  // Another input in between must not leak state (global regexes keep lastIndex).
  unvalidated.extract(`${input.slice(0, 50)} Sáng 30/7, Nghị quyết số 15`);
  expect(unvalidated.extract(input, { referenceDate: '2019-07-30' })).toEqual(first);
}

describe('extract() on arbitrary input', () => {
  test('random Unicode (astral, lone surrogates, controls)', () => {
    fc.assert(fc.property(unicodeText(), holds), params(100));
  });

  test('Vietnamese-like text from real syllables, numbers, dates and symbols', () => {
    fc.assert(fc.property(vietnameseText(syllables), holds), params(100));
  });

  test('mutations of real articles (cut, duplicated, spliced, NFD, tags, controls, CRLF, NBSP)', () => {
    fc.assert(fc.property(mutatedArticle(seeds), holds), params(25));
  });

  test('short pathological repetitions', () => {
    // Short runs: long ones are the benchmark's job (scripts/bench-pathological.mjs).
    fc.assert(fc.property(pathologicalText(40), holds), params(40));
  });

  test('the default extract() (validating) never throws on any family', () => {
    fc.assert(
      fc.property(anyInput(seeds, syllables), fc.option(fc.constantFrom('2019-07-30', '2000-02-29', '1999-12-31')), (input, referenceDate) => {
        const result = extract(input, referenceDate ? { referenceDate } : {});
        expect(Extraction.safeParse(result).success).toBe(true);
      }),
      { ...params(30), seed: 7 },
    );
  });

  test('extractMany gives, input by input, what extract gives', () => {
    fc.assert(
      fc.property(fc.array(anyInput(seeds, syllables), { minLength: 1, maxLength: 6 }), (inputs) => {
        expect(unvalidated.extractMany(inputs)).toEqual(inputs.map((input) => unvalidated.extract(input)));
      }),
      params(30),
    );
  });
});

describe('the text layer on arbitrary input', () => {
  test('normalize maps every position into the original, monotonically', () => {
    fc.assert(
      fc.property(fc.oneof(unicodeText(), mutatedArticle(seeds, 3)), (input) => {
        const n = normalize(input);
        let lastStart = 0;
        let lastEnd = 0;
        for (let i = 0; i <= n.text.length; i++) {
          const s = n.startOf(i);
          const e = n.endOf(i);
          if (!(s >= lastStart && e >= lastEnd && s <= input.length && e <= input.length)) {
            throw new Error(`position ${i}: startOf ${s} endOf ${e} after ${lastStart}/${lastEnd} in ${show(input)}`);
          }
          lastStart = s;
          lastEnd = e;
        }
        expect(n.startOf(n.text.length)).toBe(input.length);
        expect(n.endOf(n.text.length)).toBe(input.length);
        expect(n.endOf(0)).toBe(n.startOf(0));
      }),
      params(150),
    );
  });

  test('a normalized span between spaces maps back to original text that normalizes to it', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedArticle(seeds, 3), vietnameseText(syllables, 30)), fc.nat(), fc.nat(30), (input, a, len) => {
        const n = normalize(input);
        const bounds = [0];
        for (let k = 1; k < n.text.length; k++) if (n.text[k - 1] === ' ' || n.text[k] === ' ') bounds.push(k);
        bounds.push(n.text.length);
        const i = bounds[a % bounds.length]!;
        const j = bounds[Math.min(bounds.length - 1, (a % bounds.length) + len)]!;
        const piece = n.text.slice(i, j);
        const original = input.slice(n.startOf(i), n.endOf(j));
        expect(n.startOf(i)).toBeLessThanOrEqual(n.endOf(j));
        expect(normalize(original).text, show(input)).toContain(piece);
      }),
      params(150),
    );
  });
});
