/**
 * Calendar arithmetic for date values: the year of a day and month written without one,
 * shifts from the reference date ("hôm qua", "năm ngoái"), and lunar dates (Tết, rằm)
 * converted to the solar calendar by @dqcai/vn-lunar, which follows the Vietnamese
 * calendar (UTC+7) where it differs from the Chinese one (Tết 1985, 2007, 2030).
 */
import { getSolarDate } from '@dqcai/vn-lunar';
import { isoDate, isoMonth } from '../../patterns/dates.js';
import type { RefDate } from '../types.js';

const DAY_MS = 86_400_000;
/** A day and month more than this many days after the reference date happened the year before. */
const MAX_DAYS_AHEAD = 62;
/** … and one more than this many days before it lies in the next year ("3/1" read on 28/12). */
const MAX_DAYS_BEHIND = 300;
/** A deadline ("trước ngày 30/9") lies ahead: up to ten months after the reference it is this year's. */
export const DEADLINE_DAYS_AHEAD = 300;

const utc = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d);

/**
 * The year of a day and month written without one: the reference year, unless that puts the
 * date more than two months after the reference (news reports what happened, so it was last
 * year; a deadline looks further ahead: `daysAhead`) or more than ten months before it (then
 * it is early next year).
 */
export function inferYear(ref: RefDate, month: number, day = 1, daysAhead = MAX_DAYS_AHEAD): number {
  const diff = (utc(ref.year, month, day) - utc(ref.year, ref.month, ref.day)) / DAY_MS;
  if (diff > daysAhead) return ref.year - 1;
  if (diff < -MAX_DAYS_BEHIND) return ref.year + 1;
  return ref.year;
}

/** The year of the first such day and month on or after the reference date ("ngày 1/10 tới"). */
export function comingYear(ref: RefDate, month: number, day = 1): number {
  return utc(ref.year, month, day) < utc(ref.year, ref.month, ref.day) ? ref.year + 1 : ref.year;
}

/** The reference date moved by `days` ("hôm qua" = -1). */
export function shiftDays(ref: RefDate, days: number): string {
  const t = new Date(utc(ref.year, ref.month, ref.day) + days * DAY_MS);
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate())!;
}

/** The reference month moved by `months` ("tháng trước" = -1). */
export function shiftMonths(ref: RefDate, months: number): string {
  const index = ref.year * 12 + ref.month - 1 + months;
  return isoMonth(Math.floor(index / 12), (index % 12) + 1);
}

export const refDay = (ref: RefDate): string => isoDate(ref.year, ref.month, ref.day)!;
export const refMonth = (ref: RefDate): string => isoMonth(ref.year, ref.month);

/** Lunar day/month of lunar year `year` as a solar ISO date; null outside the package's tables. */
export function lunarToSolar(year: number, month: number, day: number): string | null {
  try {
    const s = getSolarDate(day, month, year);
    return s && s.year > 0 ? isoDate(s.year, s.month, s.day) : null;
  } catch {
    return null;
  }
}

/**
 * The lunar year meant by "Tết" without a year: the coming Tết from late in the solar year
 * (the season of "chuẩn bị đón Tết"), else the one of the reference year.
 */
export function lunarYearOf(ref: RefDate): number {
  return ref.month >= 10 ? ref.year + 1 : ref.year;
}
