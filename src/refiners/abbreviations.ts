/**
 * An article defines its own abbreviations: "Văn phòng Đăng ký đất đai (VPĐKĐĐ)" and later
 * "VPĐKĐĐ Thanh Hóa". The bracketed abbreviation and every later use are organizations whose
 * `canonical` is the defining name (SPEC §2). Runs after overlap resolution, so each defining
 * organization is already its longest span, and before locations inside organizations are
 * dropped, so the place after a use ("… Thanh Hóa") is part of it.
 */
import { B, E, build, matches } from '../patterns/compose.js';
import { levelPlace, placeName } from '../patterns/organizations.js';
import { ABBREVIATIONS } from '../extractors/organization/lexicon.js';
import type { Candidate, OrganizationCandidate, Refiner } from '../extractors/types.js';
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

/** A bracketed abbreviation and the rest of the name after it: "(UBKT) Tỉnh ủy", "(UBND) tỉnh Nghệ An", "(LHPN) tỉnh". */
const INSIDE = build(
  String.raw`\((?<abbr>\p{Lu}[\p{Lu}\d&-]+)\)[ ]+(?<rest>(?:Thành|Tỉnh|Huyện|Quận|Thị|Đảng)[ ]+ủy(?:[ ]+{{placeName}})?{{E}}|Trung[ ]+ương{{E}}|{{levelPlace}})`,
  { E, levelPlace, placeName },
  'g',
);

/**
 * "Ủy ban Kiểm tra (UBKT) Tỉnh ủy", "Ủy ban nhân dân (UBND) tỉnh Nghệ An", "Hội Liên hiệp Phụ nữ
 * (LHPN) tỉnh": a first mention spells a name out, brackets its abbreviation and goes on with
 * the body's place. One organization over the whole, its name without the bracket; the name
 * before the bracket is an organization mention or the abbreviation spelled out.
 */
function bracketedInNames(mentions: readonly Candidate[], text: string): Candidate[] {
  const byEnd = new Map<number, OrganizationCandidate>();
  for (const m of mentions) if (m.type === 'organization' && !byEnd.has(m.end)) byEnd.set(m.end, m);
  const merged: Candidate[] = [];
  for (const m of matches(INSIDE, text)) {
    let at = m.index;
    while (at > 0 && text[at - 1] === ' ') at--;
    const spelled = ABBREVIATIONS.get(m.groups.abbr!);
    const head = byEnd.get(at);
    const start = head?.start ?? (spelled && text.slice(at - spelled.length, at).toLowerCase() === spelled.toLowerCase() ? at - spelled.length : -1);
    if (start < 0 || (start > 0 && /[\p{L}\p{M}]/u.test(text[start - 1]!))) continue;
    const rest = m.groups.rest!.replace(/\s+/g, ' ');
    const name = `${(head?.name ?? text.slice(start, at)).replace(/\s+/g, ' ')} ${rest}`;
    const canonical = `${head?.canonical ?? head?.name ?? spelled!} ${rest}`;
    merged.push({ type: 'organization', start, end: m.index + m[0].length, name, ...(canonical !== name ? { canonical } : {}), rule: 'organization.bracketed' });
  }
  if (merged.length === 0) return [...mentions];
  const spans = DisjointSpans.of(merged);
  return [...mentions.filter((c) => c.type !== 'organization' || !spans.holds(c)), ...merged];
}

export const abbreviationsRefiner: Refiner = {
  id: 'abbreviations',
  refine: (draft, ctx) => {
    const organizations = draft.mentions.filter((m) => m.type === 'organization');
    const defined = definitions(organizations, ctx.text);
    draft = { ...draft, mentions: bracketedInNames(draft.mentions, ctx.text) };
    if (defined.size === 0) return draft;
    const taken = DisjointSpans.of(draft.mentions.filter((m) => m.type === 'organization'));
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
