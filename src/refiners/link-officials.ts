/**
 * Title-only references ("Đồng chí Bí thư Thành ủy cũng biểu dương…", "Tổng Bí thư cho biết")
 * link to the one person of the article who holds that office; a title that fits no one, or
 * several people, names no one and is dropped.
 */
import type { Candidate, Draft, ExtractContext, Refiner, TitleCandidate } from '../extractors/types.js';
import type { Person } from '../schema/index.js';
import { foldIn, type Fold } from './fold.js';

/** Does a person hold the office a reference names? Same title, and the reference's body, if any, within theirs. */
function holds(person: Person, ref: TitleCandidate, fold: Fold): boolean {
  const title = fold(ref.title);
  const org = fold(ref.organization ?? '');
  return person.positions.some((p) => fold(p.title) === title && (!org || fold(p.organization ?? '').includes(org) || fold(p.text).includes(org)));
}

export function holderOf(people: readonly Person[], ref: TitleCandidate, fold: Fold): number | undefined {
  const found = people.flatMap((p, i) => (holds(p, ref, fold) ? [i] : []));
  return found.length === 1 ? found[0] : undefined;
}

/** "các Bí thư", "những chủ tịch xã": an office in the plural or in general names no one. */
const GENERIC_BEFORE = /(?:^|[^\p{L}])(?:các|những|mỗi|từng|mọi|là|làm)[ ]+$/iu;
const HONORIFIC_BEFORE = /(?:^|[^\p{L}])(?:đồng chí|ông|bà)[ ]+$/iu;
const CAPITAL = /^\p{Lu}/u;

/** Does the office stand for someone: capitalized or after an honorific, and not generic? */
function refersToSomeone(ref: TitleCandidate, text: string): boolean {
  const before = text.slice(Math.max(0, ref.start - 12), ref.start);
  if (GENERIC_BEFORE.test(before)) return false;
  return CAPITAL.test(text.slice(ref.start, ref.start + 1)) || HONORIFIC_BEFORE.test(before);
}

export const linkOfficialsRefiner: Refiner = {
  id: 'link-officials',
  refine: (draft: Draft, ctx: ExtractContext) => {
    const fold = foldIn(ctx);
    const mentions: Candidate[] = [];
    for (const m of draft.mentions) {
      if (m.type !== 'title' || m.personIndex !== undefined) {
        mentions.push(m);
        continue;
      }
      const holder = refersToSomeone(m, ctx.text) ? holderOf(draft.people, m, fold) : undefined;
      if (holder !== undefined) mentions.push({ ...m, personIndex: holder });
    }
    return { ...draft, mentions };
  },
};
