/**
 * A title's body as the organization rules read it. The walk after an office stops at a comma
 * or at lower-case words it cannot tell from the sentence ("Trưởng Ban Chính sách | , chiến
 * lược Trung ương Trần Lưu Quang"), where an organization rule knows the body's whole name.
 * A title whose body an organization mention starts and outlasts takes that mention's end and
 * name, unless a person mention stands inside the added words. Runs before people are merged,
 * so that the name after the longer title is linked to it.
 */
import type { OrganizationCandidate, Refiner, TitleCandidate } from '../extractors/types.js';
import type { PositionMeta } from '../extractors/person/rules.js';
import { DisjointSpans } from './overlap.js';

export const titleBodiesRefiner: Refiner = {
  id: 'title-bodies',
  refine: (draft, ctx) => {
    const organizations = DisjointSpans.of(draft.mentions.filter((m) => m.type === 'organization'));
    const persons = DisjointSpans.of(draft.mentions.filter((m) => m.type === 'person'));
    const mentions = draft.mentions.map((m) => {
      if (m.type !== 'title') return m;
      const body = organizations.overlapping({ start: m.end - 1, end: m.end }) as OrganizationCandidate | undefined;
      if (!body || body.end <= m.end || body.start <= m.start || persons.overlaps({ start: m.end, end: body.end })) return m;
      return longer(m, body, ctx.text);
    });
    return { ...draft, mentions };
  },
};

function longer(t: TitleCandidate, body: OrganizationCandidate, text: string): TitleCandidate {
  const position = t.meta!.position as PositionMeta;
  const extended: PositionMeta = { text: text.slice(t.start, body.end), title: position.title, organization: body.name };
  return { ...t, end: body.end, organization: body.name, meta: { ...t.meta, position: extended } };
}
