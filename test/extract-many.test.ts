/**
 * extractMany: a batch read rule by rule gives, article by article, what extract gives; an
 * article that fails is answered with its error in its place and the others go on.
 */
import { describe, expect, test } from 'vitest';
import { InputError, RuleError, createExtractor, type Extraction, type Refiner, type Rule } from '../src/index.js';
import { refiners } from '../src/refiners/index.js';
import { articleTexts, explodingRule } from './helpers.js';

const extractor = createExtractor();

describe('extractMany', () => {
  test('each article as extract reads it, with its own id and reference date', () => {
    const texts = articleTexts();
    const items = texts.map((text, i) => (i % 2 ? text : { text, id: `a${i}`, referenceDate: '2020-01-0' + ((i % 9) + 1) }));
    const one = items.map((item) => (typeof item === 'string' ? extractor.extract(item) : extractor.extract(item.text, item)));
    expect(extractor.extractMany(items)).toEqual(one);
  });

  test('no articles, no results', () => expect(extractor.extractMany([])).toEqual([]));

  test('an article that is not text, or too long, fails in its place', () => {
    const small = createExtractor({ maxLength: 20 });
    const [bad, long, good] = small.extractMany([{ text: 42 as unknown as string, id: 'n' }, { text: 'x'.repeat(21), id: 'l' }, 'Sáng 30/7']);
    expect(bad).toMatchObject({ id: 'n', error: expect.any(InputError) });
    expect(long).toMatchObject({ id: 'l', error: expect.any(InputError) });
    expect(good).toEqual(small.extract('Sáng 30/7'));
  });

  test('a rule or refiner that throws fails only the article it threw on', () => {
    const picky: Refiner = {
      id: 'picky',
      refine: (draft, ctx) => {
        if (ctx.text.includes('picky')) throw new Error('refused');
        return draft;
      },
    };
    const custom = createExtractor({ extractors: [{ type: 'date', rules: [explodingRule('date.boom')] }], refiners: [...refiners, picky] });
    const results = custom.extractMany([{ text: 'một boom', id: 'b' }, 'bình thường', { text: 'picky', id: 'p' }]);
    expect(results[0]).toMatchObject({ id: 'b', error: expect.any(RuleError) });
    expect((results[0] as { error: RuleError }).error.ruleId).toBe('date.boom');
    expect(results[1]).toEqual(custom.extract('bình thường'));
    expect((results[2] as { error: RuleError }).error.ruleId).toBe('refiner.picky');
  });

  test('a result the schema refuses fails its article', () => {
    const odd: Rule = { id: 'count.odd', pattern: /odd/g, extract: (m) => ({ type: 'count', start: m.index, end: m.index + 3, value: 'NaN' as unknown as number, unit: 'x', rule: 'count.odd' }) };
    const custom = createExtractor({ extractors: [{ type: 'count', rules: [odd] }] });
    const [bad, good] = custom.extractMany(['odd', 'even']);
    expect(bad).toMatchObject({ error: expect.any(Error) });
    expect((good as Extraction).mentions).toEqual([]);
  });
});
