/**
 * An article defines its own abbreviations: "Văn phòng Đăng ký đất đai (VPĐKĐĐ)" and later
 * "VPĐKĐĐ Thanh Hóa". The bracketed abbreviation and every later use are organizations whose
 * `canonical` is the defining name (SPEC §2). Runs after overlap resolution, so each defining
 * organization is already its longest span, and before locations inside organizations are
 * dropped, so the place after a use ("… Thanh Hóa") is part of it.
 */
import { B, E, build, matches } from '../patterns/compose.js';
import { levelPlace } from '../patterns/organizations.js';
import type { Candidate, Refiner } from '../extractors/types.js';
import { DisjointSpans } from './overlap.js';

/** An abbreviation in brackets right after a name, perhaps with its place ("(CDC Hải Dương)"): capitals (at least two), digits, "&", "-" ("C03" is a code). */
const DEFINITION = /^\s*\((\p{Lu}[\p{Lu}\d&-]+)(?:\s+\p{Lu}[\p{L}\p{M} ]{0,30})?\)/u;
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;

/** A use: the abbreviation as a whole word, with the place it is qualified by. */
const USE = build(String.raw`{{B}}(?<abbr>\p{Lu}[\p{Lu}\d&-]+){{E}}(?:\s+(?<place>{{levelPlace}}))?`, { B, E, levelPlace }, 'g');

/** Abbreviation → the name it stands for, from every organization followed by "(ABBR)". */
function definitions(organizations: readonly Candidate[], text: string): Map<string, string> {
  const defined = new Map<string, string>();
  for (const o of organizations) {
    if (o.type !== 'organization') continue;
    const abbr = DEFINITION.exec(text.slice(o.end, o.end + 40))?.[1];
    if (abbr && TWO_CAPITALS.test(abbr) && !defined.has(abbr)) defined.set(abbr, o.canonical ?? o.name);
  }
  return defined;
}

/** "CDC Hải Dương" → the defining name and the place, unless the name already ends with it. */
function withPlace(full: string, place: string | undefined): string {
  if (!place) return full;
  const written = place.replace(/\s+/g, ' ');
  return full.endsWith(written) ? full : `${full} ${written}`;
}

export const abbreviationsRefiner: Refiner = {
  id: 'abbreviations',
  refine: (draft, ctx) => {
    const organizations = draft.mentions.filter((m) => m.type === 'organization');
    const defined = definitions(organizations, ctx.text);
    if (defined.size === 0) return draft;
    const taken = DisjointSpans.of(organizations);
    const added: Candidate[] = [];
    for (const m of matches(USE, ctx.text)) {
      const full = defined.get(m.groups.abbr!);
      const end = m.index + m[0].length;
      if (full === undefined || taken.overlaps({ start: m.index, end })) continue;
      added.push({ type: 'organization', start: m.index, end, name: m[0].replace(/\s+/g, ' '), canonical: withPlace(full, m.groups.place), rule: 'organization.abbreviation' });
    }
    return { ...draft, mentions: [...draft.mentions, ...added] };
  },
};
