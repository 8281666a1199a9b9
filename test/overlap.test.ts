import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Candidate } from '../src/extractors/types.js';
import { DisjointSpans, resolveOverlaps } from '../src/refiners/overlap.js';
import { byPosition, sortedByKeys } from '../src/refiners/sort.js';

const date = (start: number, end: number, priority?: number): Candidate => ({ type: 'date', start, end, value: null, rule: 't', ...(priority ? { priority } : {}) });
const count = (start: number, end: number): Candidate => ({ type: 'count', start, end, value: 1, unit: 'x', rule: 't' });
const spans = (cs: Candidate[]): string[] => cs.map((c) => `${c.type}:${c.start}-${c.end}`).sort();

describe('resolveOverlaps', () => {
  test('the longest of overlapping mentions of one type stays', () => {
    expect(spans(resolveOverlaps([date(0, 5), date(3, 12), date(10, 14), date(14, 16)]))).toEqual(['date:14-16', 'date:3-12']);
  });
  test('at equal length, the higher priority', () => {
    expect(resolveOverlaps([date(0, 4), date(2, 6, 1)])).toEqual([date(2, 6, 1)]);
  });
  test('touching spans do not overlap; other types nest freely', () => {
    expect(spans(resolveOverlaps([date(0, 4), date(4, 8), count(2, 6)]))).toEqual(['count:2-6', 'date:0-4', 'date:4-8']);
  });
  test('agrees with the pairwise definition on random spans', () => {
    let seed = 7;
    const rand = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    for (let round = 0; round < 50; round++) {
      const input = Array.from({ length: 40 }, () => {
        const start = rand(200);
        return date(start, start + 1 + rand(15));
      });
      const kept = resolveOverlaps(input);
      for (const a of kept) for (const b of kept) if (a !== b) expect(a.start < b.end && b.start < a.end).toBe(false);
      for (const c of input) if (!kept.includes(c)) expect(kept.some((k) => k.start < c.end && c.start < k.end && k.end - k.start >= c.end - c.start)).toBe(true);
    }
  });
});

describe('DisjointSpans.of', () => {
  test('finds the span a query overlaps, in any order of input', () => {
    const set = DisjointSpans.of([date(20, 30), date(0, 5), date(10, 15)]);
    expect([set.overlaps({ start: 4, end: 6 }), set.overlaps({ start: 5, end: 10 }), set.overlaps({ start: 29, end: 40 })]).toEqual([true, false, true]);
  });
  test('overlapping: the kept span the query overlaps, or none', () => {
    const a = date(0, 25);
    const set = DisjointSpans.of([a, date(30, 35)]);
    expect([set.overlapping({ start: 24, end: 25 }), set.overlapping({ start: 25, end: 30 })]).toEqual([a, undefined]);
  });
  test('holds: a longer span around the query, not one of the same extent', () => {
    const set = DisjointSpans.of([date(0, 25), date(30, 35)]);
    expect([set.holds({ start: 5, end: 25 }), set.holds({ start: 30, end: 35 }), set.holds({ start: 20, end: 31 }), set.holds({ start: 26, end: 28 })]).toEqual([true, false, false, false]);
  });
  test('takes a record-sized list (regression: spreading 300k spans overflowed the stack)', () => {
    const many = Array.from({ length: 300_000 }, (_, i) => date(10 * i, 10 * i + 5));
    const set = DisjointSpans.of(many);
    expect([set.overlaps({ start: 2_999_994, end: 2_999_996 }), set.overlaps({ start: 2_999_995, end: 3_000_000 })]).toEqual([true, false]);
  });
});

describe('sortedByKeys', () => {
  /** The comparator overlap resolution sorted with before it read the keys once (a stable sort). */
  const better = (a: Candidate, b: Candidate): boolean =>
    a.end - a.start !== b.end - b.start ? a.end - a.start > b.end - b.start : (a.priority ?? 0) > (b.priority ?? 0);
  const ranked = (cs: Candidate[]): Candidate[] => [...cs].sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
  // Small offsets and integer priorities take the packed path; fractional priorities and offsets far apart the comparator.
  const candidates = fc.oneof(
    fc.array(
      fc.record({ start: fc.nat(60), length: fc.nat(8), priority: fc.option(fc.integer({ min: -2, max: 2 }), { nil: undefined }) }),
      { maxLength: 80 },
    ),
    fc.array(
      fc.record({ start: fc.oneof(fc.nat(60), fc.nat(2 ** 40)), length: fc.nat(8), priority: fc.option(fc.double({ min: -2, max: 2, noNaN: true }), { nil: undefined }) }),
      { maxLength: 80 },
    ),
  ).map((specs) => specs.map(({ start, length, priority }) => date(start, start + length, priority)));

  test('orders by length and priority as the comparator did, ties in input order', () => {
    fc.assert(
      fc.property(candidates, (cs) => {
        const sorted = sortedByKeys(cs, (c) => c.start - c.end, (c) => -(c.priority ?? 0));
        const expected = ranked(cs);
        expect(sorted.length).toBe(expected.length);
        sorted.forEach((c, i) => expect(c).toBe(expected[i]));
      }),
      { numRuns: 500, seed: 20261125 },
    );
  });

  test('orders by position as byPosition does', () => {
    fc.assert(
      fc.property(candidates, (cs) => {
        const sorted = sortedByKeys(cs, (c) => c.start, (c) => -c.end);
        const expected = [...cs].sort(byPosition);
        expect(sorted.length).toBe(expected.length);
        sorted.forEach((c, i) => expect(c).toBe(expected[i]));
      }),
      { numRuns: 500, seed: 20261125 },
    );
  });
});
