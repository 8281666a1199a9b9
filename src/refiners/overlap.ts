/**
 * Spans are maximal within a type (SPEC §2): of two overlapping mentions of the same type,
 * the longer one stays; at equal length the higher priority, then the earlier rule.
 * Mentions of different types may nest and are left alone.
 */
import type { Candidate, Refiner } from '../extractors/types.js';

const length = (c: Candidate): number => c.end - c.start;

function better(a: Candidate, b: Candidate): boolean {
  if (length(a) !== length(b)) return length(a) > length(b);
  return (a.priority ?? 0) > (b.priority ?? 0);
}

export function resolveOverlaps(mentions: readonly Candidate[]): Candidate[] {
  const ranked = [...mentions].sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
  const kept: Candidate[] = [];
  const byType = new Map<string, Candidate[]>();
  for (const c of ranked) {
    const same = byType.get(c.type) ?? [];
    if (same.some((k) => k.start < c.end && c.start < k.end)) continue;
    same.push(c);
    byType.set(c.type, same);
    kept.push(c);
  }
  return kept;
}

export const overlapRefiner: Refiner = {
  id: 'overlap',
  refine: (draft) => ({ ...draft, mentions: resolveOverlaps(draft.mentions) }),
};
