/** SPEC §1: mentions sorted by start, then by longer span first. */
import type { Candidate, Refiner } from '../extractors/types.js';

export function byPosition(a: Candidate, b: Candidate): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * `items` in ascending order of `first`, then of `second`, ties in input order (a stable
 * sort). The keys are read once per item: a comparator that reads them off the candidates does
 * so n·log n times, on objects of many shapes, which V8 cannot make fast. When the keys are
 * integers whose ranges times the count fit a double exactly (offsets and lengths in an
 * article), each item's keys and index are packed into one number and sorted natively.
 */
export function sortedByKeys<T>(items: readonly T[], first: (x: T) => number, second: (x: T) => number): T[] {
  const n = items.length;
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    a[i] = first(items[i]!);
    b[i] = second(items[i]!);
  }
  const order: ArrayLike<number> = packedOrder(a, b) ?? Array.from({ length: n }, (_, i) => i).sort((i, j) => a[i]! - a[j]! || b[i]! - b[j]! || i - j);
  const sorted = new Array<T>(n);
  for (let k = 0; k < n; k++) sorted[k] = items[order[k]!]!;
  return sorted;
}

/** The indices in order, sorted as the numbers `(a − min a)·range b·n + (b − min b)·n + index`; null when those would not be exact. */
function packedOrder(a: Float64Array, b: Float64Array): Float64Array | null {
  const n = a.length;
  const [minA, rangeA] = integerRange(a);
  const [minB, rangeB] = integerRange(b);
  if (!(rangeA * rangeB * n <= Number.MAX_SAFE_INTEGER)) return null;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = ((a[i]! - minA) * rangeB + (b[i]! - minB)) * n + i;
  keys.sort();
  for (let k = 0; k < n; k++) keys[k] = keys[k]! % n;
  return keys;
}

/** The least value and the count of integers from it to the greatest; NaN when a value is not a safe integer. */
function integerRange(xs: Float64Array): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    if (!Number.isSafeInteger(x)) return [Number.NaN, Number.NaN];
    if (x < min) min = x;
    if (x > max) max = x;
  }
  return [min, max - min + 1];
}

export const sortRefiner: Refiner = {
  id: 'sort',
  refine: (draft) => ({ ...draft, mentions: sortedByKeys(draft.mentions, (c) => c.start, (c) => -c.end) }),
};
