/**
 * Dates that point back to an earlier mention: "Cùng ngày" (the day of the previous date that
 * sets the scene, else the reference date the rule already gave), "Tháng 9 năm đó" (the year of
 * the previous mention), "nhiệm kỳ này" (the term named before, "nhiệm kỳ 2020-2025").
 * Rules mark them with `meta.resolve`; this runs after overlap resolution, in text order.
 */
import { isoMonth } from '../patterns/dates.js';
import type { Candidate, Refiner } from '../extractors/types.js';

type DateCandidate = Extract<Candidate, { type: 'date' }>;

interface Context {
  day?: string;
  year?: number;
  term?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** The year a later "năm đó" refers to: the last year in the value ("1999/2006" → 2006). */
const lastYear = (value: string): number => Number(/(\d{4})(?:-\d{2}){0,2}$/.exec(value)?.[1]);

function resolved(c: DateCandidate, seen: Context): DateCandidate {
  const how = c.meta?.resolve;
  if (how === 'same-day' && seen.day) return { ...c, value: seen.day };
  if (how === 'this-term' && seen.term) return { ...c, value: seen.term };
  if (how === 'that-year' && seen.year) {
    const month = c.meta?.month as number | undefined;
    return { ...c, value: month ? isoMonth(seen.year, month) : String(seen.year) };
  }
  return c;
}

/**
 * A date that sets the scene ("Sáng 30/7, …", "Ngày 7/5, …") opens a sentence or names a part
 * of the day; a date inside a sentence is often a document's ("Chỉ thị 15 ngày 08/7/2019").
 */
function setsTheScene(c: DateCandidate, text: string): boolean {
  return c.partOfDay !== undefined || /(?:^|[.!?:\n]\s{0,3})$/.test(text.slice(Math.max(0, c.start - 4), c.start));
}

function remember(c: DateCandidate, seen: Context, text: string): void {
  if (!c.value) return;
  if (DAY.test(c.value) && setsTheScene(c, text)) seen.day = c.value;
  const year = lastYear(c.value);
  if (year) seen.year = year;
  if (c.value.includes('/') && c.meta?.term) seen.term = c.value;
}

export function resolveDates(mentions: readonly Candidate[], text: string): Candidate[] {
  const seen: Context = {};
  const out = new Map<Candidate, Candidate>();
  const dates = mentions.filter((c): c is DateCandidate => c.type === 'date').sort((a, b) => a.start - b.start);
  for (const c of dates) {
    const r = resolved(c, seen);
    out.set(c, r);
    remember(r, seen, text);
  }
  return mentions.map((c) => out.get(c) ?? c);
}

export const resolveDatesRefiner: Refiner = {
  id: 'resolve-dates',
  refine: (draft, ctx) => ({ ...draft, mentions: resolveDates(draft.mentions, ctx.text) }),
};
