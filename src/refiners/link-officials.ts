/**
 * Title-only references ("Đồng chí Bí thư Thành ủy cũng biểu dương…", "Tổng Bí thư cho biết")
 * link to the one person of the article who holds that office; a title that fits no one, or
 * several people, names no one and is dropped.
 */
import type { Candidate, Draft, Refiner } from '../extractors/types.js';
import type { Person } from '../schema/index.js';

type TitleCandidate = Extract<Candidate, { type: 'title' }>;

const fold = (s: string | undefined): string => (s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();

/** Does a person hold the office a reference names? Same title, and the reference's body, if any, within theirs. */
function holds(person: Person, ref: TitleCandidate): boolean {
  const title = fold(ref.title);
  const org = fold(ref.organization);
  return person.positions.some((p) => fold(p.title) === title && (!org || fold(p.organization).includes(org) || fold(p.text).includes(org)));
}

export function holderOf(people: readonly Person[], ref: TitleCandidate): number | undefined {
  const found = people.flatMap((p, i) => (holds(p, ref) ? [i] : []));
  return found.length === 1 ? found[0] : undefined;
}

export const linkOfficialsRefiner: Refiner = {
  id: 'link-officials',
  refine: (draft: Draft) => {
    const mentions: Candidate[] = [];
    for (const m of draft.mentions) {
      if (m.type !== 'title' || m.personIndex !== undefined) {
        mentions.push(m);
        continue;
      }
      const holder = holderOf(draft.people, m);
      if (holder !== undefined) mentions.push({ ...m, personIndex: holder });
    }
    return { ...draft, mentions };
  },
};
