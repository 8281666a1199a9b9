/**
 * schema/parsed-form.ts says yes only to values `parse` gives back unchanged: on the articles'
 * output, on that output broken in every way fast-check finds, and on the constructs it knows.
 * The pipeline returns its output without parse when it says yes, so a wrong yes would let
 * invalid output (or output parse would rewrite) through.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { createExtractor, Extraction, type Extractor } from '../src/index.js';
import { unchangedByParse } from '../src/schema/parsed-form.js';
import { devCorpus, fixture, hasShared } from './helpers.js';

const articles = [
  readFileSync(fixture('hanoi-2019-07-30-chuan-bi-dai-hoi.txt'), 'utf8'),
  ...(hasShared ? readdirSync(devCorpus).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(devCorpus, f), 'utf8')) : []),
];
const unvalidated = createExtractor({ validate: false, explain: true });
const outputs = articles.map((a, i) => unvalidated.extract(a, { id: `a${i}` }));

/** The keys of every object, in order, depth first: what `toStrictEqual` does not compare. */
function keyOrder(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(keyOrder);
  if (typeof v === 'object' && v !== null) return Object.entries(v).map(([k, x]) => [k, keyOrder(x)]);
  return v;
}

/** The claim: a yes means parse accepts the value and returns it as it is. */
function expectAgreesWithParse(schema: z.ZodType, value: unknown): boolean {
  const quick = unchangedByParse(schema)(value);
  const parsed = schema.safeParse(value);
  if (quick) {
    expect(parsed.success).toBe(true);
    expect(parsed.data).toStrictEqual(value);
    expect(keyOrder(parsed.data)).toEqual(keyOrder(value));
  }
  return quick;
}

describe('unchangedByParse', () => {
  test("the pipeline's output is in the form parse writes", () => {
    const quick = unchangedByParse(Extraction);
    for (const out of outputs) {
      expect(quick(out)).toBe(true);
      expect(keyOrder(Extraction.parse(out))).toEqual(keyOrder(out));
    }
  });

  test('agrees with parse on the output broken in every way', () => {
    const paths = outputs.flatMap((out, i) => leaves(out).map((path) => [i, path] as const));
    const breakage = fc.constantFrom<unknown>(undefined, null, -1, 1.5, 0, 2 ** 53, Number.NaN, Infinity, -0, '', 'x', 'person', 'over', 'morning', [], {}, [1], ['x'], { a: 1 });
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('set' as const), value: breakage }),
      fc.constant({ kind: 'delete' as const }),
      fc.constant({ kind: 'extra key' as const }),
      fc.constant({ kind: 'reorder' as const }),
      fc.constant({ kind: 'class instance' as const }),
    );
    let yes = 0;
    fc.assert(
      fc.property(fc.constantFrom(...paths), edit, ([i, path], e) => {
        const value = structuredClone(outputs[i]);
        applyEdit(value, path, e);
        if (expectAgreesWithParse(Extraction, value)) yes++;
      }),
      { numRuns: 3000, seed: 20261125 },
    );
    expect(yes).toBeGreaterThan(100);
  });

  test.each<[string, z.ZodType, unknown[]]>([
    ['int, nonnegative', z.number().int().nonnegative(), [0, -0, 3, -1, 1.5, 2 ** 53, 2 ** 53 - 1, Number.NaN, Infinity, '1', null]],
    ['bounded number', z.number().gt(1).lte(5), [1, 1.01, 5, 5.01, Number.NaN]],
    ['z.int()', z.int(), [1, 1.5, 2 ** 60]],
    ['nullable string', z.string().nullable(), ['a', null, undefined, 1]],
    ['enum', z.enum(['over', 'under']), ['over', 'x', undefined]],
    ['literal', z.literal('a'), ['a', 'b']],
    ['array', z.array(z.number()), [[], [1, 2], [1, 'x'], [, 1], { length: 0 }]],
    ['object', z.object({ a: z.string(), b: z.number().optional(), c: z.string() }), [
      { a: 'x', c: 'y' }, { a: 'x', b: 1, c: 'y' }, { a: 'x', b: undefined, c: 'y' }, { c: 'y', a: 'x' }, { a: 'x' }, { a: 'x', c: 'y', d: 1 },
      Object.assign(Object.create(null), { a: 'x', c: 'y' }), new (class { a = 'x'; c = 'y'; })(), [],
    ]],
    ['optional object in an object', z.object({ o: z.object({ a: z.string() }).optional() }), [{}, { o: undefined }, { o: { a: 'x' } }, { o: { a: 1 } }, { o: null }]],
    ['discriminated union', z.discriminatedUnion('t', [z.object({ t: z.literal('a'), x: z.number() }), z.object({ t: z.literal('b') })]), [
      { t: 'a', x: 1 }, { t: 'b' }, { t: 'b', x: 1 }, { t: 'c' }, {}, null, 'a',
    ]],
  ])('%s: as parse', (_, schema, values) => {
    for (const v of values) expectAgreesWithParse(schema, v);
  });

  test.each<[string, z.ZodType]>([
    ['a refinement', z.string().refine((s) => s.length > 0)],
    ['a string check', z.string().min(1)],
    ['a number check it does not know', z.number().multipleOf(2)],
    ['a strict object', z.object({ a: z.string() }).strict()],
    ['a union without discriminator', z.union([z.string(), z.number()])],
    ['a default', z.string().default('x')],
    ['a transform', z.string().transform((s) => s.length)],
    ['an exact optional', z.object({ a: z.string().exactOptional() })],
    ['a coercion', z.coerce.number()],
  ])('refuses %s when built', (_, schema) => {
    expect(() => unchangedByParse(schema)).toThrow(/no quick test/);
  });
});

describe('the pipeline with validation', () => {
  test('returns what parse returned before: the same JSON, key order included', () => {
    const validated = createExtractor({ explain: true });
    articles.forEach((a, i) => {
      const out = validated.extract(a, { id: `a${i}` });
      expect(JSON.stringify(out)).toBe(JSON.stringify(Extraction.parse(outputs[i])));
    });
  });

  test('throws the error parse throws on invalid output', () => {
    const bad: Extractor = { type: 'count', rules: [{ id: 'count.bad', pattern: /\d+/g, extract: (m) => ({ type: 'count', start: m.index, end: m.index + m[0].length, value: Number.NaN, unit: 'x', rule: 'count.bad' }) }] };
    const expected = Extraction.safeParse(createExtractor({ extractors: [bad], validate: false }).extract('có 12 người')).error;
    expect(expected).toBeDefined();
    expect(() => createExtractor({ extractors: [bad] }).extract('có 12 người')).toThrow(expected!.message);
  });
});

type Path = (string | number)[];

/** Every path into the value (objects, arrays and the values in them). */
function leaves(v: unknown, path: Path = []): Path[] {
  const here = path.length ? [path] : [];
  if (Array.isArray(v)) return [...here, ...v.flatMap((x, i) => leaves(x, [...path, i]))];
  if (typeof v === 'object' && v !== null) return [...here, ...Object.entries(v).flatMap(([k, x]) => leaves(x, [...path, k]))];
  return here;
}

type Edit = { kind: 'set'; value: unknown } | { kind: 'delete' | 'extra key' | 'reorder' | 'class instance' };

function applyEdit(root: unknown, path: Path, e: Edit): void {
  const parent = path.slice(0, -1).reduce<any>((o, k) => o[k], root);
  const key = path.at(-1)!;
  const target = parent[key];
  if (e.kind === 'set') parent[key] = structuredClone(e.value);
  else if (e.kind === 'delete') delete parent[key];
  else if (typeof target === 'object' && target !== null && !Array.isArray(target)) {
    if (e.kind === 'extra key') target.extra = 1;
    else if (e.kind === 'reorder') parent[key] = Object.fromEntries(Object.entries(target).reverse());
    else parent[key] = Object.assign(new (class Copy {})(), target);
  }
}
