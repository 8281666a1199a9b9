/**
 * SPEC §2: a name used inside a place is not a person ("Lăng Chủ tịch Hồ Chí Minh", like
 * "Thành phố Hồ Chí Minh"). Runs after overlap resolution and before people are merged: a
 * person or title mention that lies within a longer location is dropped (a span that is both
 * a name and a place is left to the rules that found it).
 */
import type { Refiner } from '../extractors/types.js';
import { DisjointSpans } from './overlap.js';

export const namesInPlacesRefiner: Refiner = {
  id: 'names-in-places',
  refine: (draft) => {
    const places = DisjointSpans.of(draft.mentions.filter((m) => m.type === 'location'));
    return { ...draft, mentions: draft.mentions.filter((m) => (m.type !== 'person' && m.type !== 'title') || !places.holds(m)) };
  },
};
