/**
 * Dates that point back to an earlier mention: "Cùng ngày" (the day of the previous date that
 * sets the scene, else the reference date the rule already gave), "Tháng 9 năm đó" (the year of
 * the previous mention), "nhiệm kỳ này" (the term named before, "nhiệm kỳ 2020-2025").
 * Rules mark them with `meta.resolve`; this runs after overlap resolution, in text order.
 */
import { isoMonth } from '../patterns/dates.js';
import type { Candidate, DateCandidate, Refiner } from '../extractors/types.js';

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

/** What may stand between two coordinated dates: "tháng 10 và tháng 11/2020", "ngày 12/6, 24/6/2024", "12/6 đến 24/6/2024". */
const JOINT = /^\s*(?:,|;|-|và|hoặc|đến|tới)\s*(?:(?:ngày|tháng)\s+)?$/u;
/** A day or a month with its year: "2024-06-24", "2020-11". */
const YEAR_OF_VALUE = /^(\d{4})-\d{2}(?:-\d{2})?$/;

/**
 * A date whose year was only inferred takes the written year of the date coordinated right after
 * it, when both have the same precision: "tháng 10 và tháng 11/2020" is October 2020.
 */
function sharedYear(c: DateCandidate, next: DateCandidate | undefined, text: string): DateCandidate {
  if (!c.meta?.yearless || !c.value || !next?.value || next.meta?.yearless) return c;
  const year = YEAR_OF_VALUE.exec(next.value)?.[1];
  if (!year || c.value.length !== next.value.length || !JOINT.test(text.slice(c.end, next.start))) return c;
  // Listed in order: a later day or month than the next one is of the year before ("28/12 và 3/1/2025").
  const value = year + c.value.slice(4);
  return { ...c, value: value > next.value ? String(Number(year) - 1) + c.value.slice(4) : value };
}

export function resolveDates(mentions: readonly Candidate[], text: string): Candidate[] {
  const seen: Context = {};
  const out = new Map<Candidate, Candidate>();
  const dates = mentions.filter((c): c is DateCandidate => c.type === 'date').sort((a, b) => a.start - b.start);
  dates.forEach((c, i) => {
    const r = resolved(sharedYear(c, dates[i + 1], text), seen);
    out.set(c, r);
    remember(r, seen, text);
  });
  return mentions.map((c) => out.get(c) ?? c);
}

export const resolveDatesRefiner: Refiner = {
  id: 'resolve-dates',
  refine: (draft, ctx) => ({ ...draft, mentions: resolveDates(draft.mentions, ctx.text) }),
};
