/** SPEC §1: mentions sorted by start, then by longer span first. */
import type { Candidate, Refiner } from '../extractors/types.js';

export function byPosition(a: Candidate, b: Candidate): number {
  return a.start - b.start || b.end - a.end;
}

export const sortRefiner: Refiner = {
  id: 'sort',
  refine: (draft) => ({ ...draft, mentions: [...draft.mentions].sort(byPosition) }),
};
