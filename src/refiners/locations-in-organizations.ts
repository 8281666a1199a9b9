/**
 * SPEC §2: a place inside an organization's name is not a location ("UBND tỉnh Quảng Ninh",
 * "Thành ủy Hà Nội", "MTTQ Việt Nam"). Runs after overlap resolution, so each organization
 * is already its longest span; a location overlapping one is dropped.
 */
import type { Refiner } from '../extractors/types.js';
import { DisjointSpans } from './overlap.js';

export const locationsInOrganizationsRefiner: Refiner = {
  id: 'locations-in-organizations',
  refine: (draft) => {
    const organizations = DisjointSpans.of(draft.mentions.filter((m) => m.type === 'organization'));
    return { ...draft, mentions: draft.mentions.filter((m) => m.type !== 'location' || !organizations.overlaps(m)) };
  },
};
