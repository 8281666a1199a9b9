/** SPEC §1: mentions sorted by start, then by longer span first. */
import type { Candidate, Refiner } from '../extractors/types.js';

export function byPosition(a: Candidate, b: Candidate): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * `items` in ascending order of `first`, then of `second`, ties in input order (a stable
 * sort). The keys are read once per item into typed arrays: a comparator that reads them off
 * the candidates does so n·log n times, on objects of many shapes, which V8 cannot make fast.
 */
export function sortedByKeys<T>(items: readonly T[], first: (x: T) => number, second: (x: T) => number): T[] {
  const n = items.length;
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    a[i] = first(items[i]!);
    b[i] = second(items[i]!);
    order[i] = i;
  }
  order.sort((i, j) => a[i]! - a[j]! || b[i]! - b[j]! || i - j);
  return order.map((i) => items[i]!);
}

export const sortRefiner: Refiner = {
  id: 'sort',
  refine: (draft) => ({ ...draft, mentions: sortedByKeys(draft.mentions, (c) => c.start, (c) => -c.end) }),
};
