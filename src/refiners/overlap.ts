/**
 * Spans are maximal within a type (SPEC §2): of two overlapping mentions of the same type,
 * the longer one stays; at equal length the higher priority, then the earlier rule.
 * Mentions of different types may nest and are left alone.
 */
import type { Candidate, Refiner } from '../extractors/types.js';
import { sortedByKeys } from './sort.js';

/**
 * Kept spans of one type never overlap, so sorted by start they are sorted by end too: a
 * binary search finds the only kept span that could overlap a candidate. This keeps a
 * record with tens of thousands of mentions at n·log n instead of n².
 */
export class DisjointSpans {
  private constructor(private readonly spans: Candidate[]) {}

  /** Spans already disjoint (one type after overlap resolution), in any order. */
  static of(spans: readonly Candidate[]): DisjointSpans {
    return new DisjointSpans([...spans].sort((a, b) => a.start - b.start));
  }

  /** Does a kept span overlap this one? */
  overlaps(c: { start: number; end: number }): boolean {
    return this.overlapping(c) !== undefined;
  }

  /** The kept span that overlaps this one, if any. */
  overlapping(c: { start: number; end: number }): Candidate | undefined {
    const at = this.firstEndingAfter(c.start);
    return this.overlapsAt(at, c) ? this.spans[at] : undefined;
  }

  /** Does a longer kept span hold this one whole? */
  holds(c: { start: number; end: number }): boolean {
    const next = this.spans[this.firstEndingAfter(c.start)];
    return !!next && next.start <= c.start && c.end <= next.end && next.end - next.start > c.end - c.start;
  }

  /** Does the kept span at `at`, the first ending after the start of `c`, overlap it? */
  private overlapsAt(at: number, c: { start: number; end: number }): boolean {
    const next = this.spans[at];
    return !!next && next.start < c.end;
  }

  /** Index of the first kept span that ends after `start`. */
  private firstEndingAfter(start: number): number {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.spans[mid]!.end > start) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** Adds the span unless it overlaps a kept one; says whether it was added. */
  tryAdd(c: Candidate): boolean {
    const at = this.firstEndingAfter(c.start);
    if (this.overlapsAt(at, c)) return false;
    this.spans.splice(at, 0, c);
    return true;
  }
}

export function resolveOverlaps(mentions: readonly Candidate[]): Candidate[] {
  // Longest first, then the highest priority, then the earliest.
  const ranked = sortedByKeys(mentions, (c) => c.start - c.end, (c) => -(c.priority ?? 0));
  const byType = new Map<string, DisjointSpans>();
  return ranked.filter((c) => {
    let spans = byType.get(c.type);
    if (!spans) byType.set(c.type, (spans = DisjointSpans.of([])));
    return spans.tryAdd(c);
  });
}

export const overlapRefiner: Refiner = {
  id: 'overlap',
  refine: (draft) => ({ ...draft, mentions: resolveOverlaps(draft.mentions) }),
};
