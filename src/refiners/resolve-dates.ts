/**
 * Dates that point back to an earlier mention: "Cùng ngày" (the day of the previous dated
 * mention, else the reference date the rule already gave), "Tháng 9 năm đó" (the year of
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

function remember(c: DateCandidate, seen: Context): void {
  if (!c.value) return;
  if (DAY.test(c.value)) seen.day = c.value;
  const year = lastYear(c.value);
  if (year) seen.year = year;
  if (c.value.includes('/') && c.meta?.term) seen.term = c.value;
}

export function resolveDates(mentions: readonly Candidate[]): Candidate[] {
  const seen: Context = {};
  const out = new Map<Candidate, Candidate>();
  const dates = mentions.filter((c): c is DateCandidate => c.type === 'date').sort((a, b) => a.start - b.start);
  for (const c of dates) {
    const r = resolved(c, seen);
    out.set(c, r);
    remember(r, seen);
  }
  return mentions.map((c) => out.get(c) ?? c);
}

export const resolveDatesRefiner: Refiner = {
  id: 'resolve-dates',
  refine: (draft) => ({ ...draft, mentions: resolveDates(draft.mentions) }),
};
