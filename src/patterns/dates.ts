/** Named sub-patterns for calendar expressions, shared by the date rules and the dateline. */
import { romanToInt } from './ordinals.js';
export const day = String.raw`(?:0?[1-9]|[12]\d|3[01])`;
export const month = String.raw`(?:0?[1-9]|1[0-2])`;
export const year = String.raw`(?:1[89]\d{2}|20\d{2})`;
/**
 * Two numbers joined by "/", "." or "-": where a numeric date ("30/7") or a ratio ("20/34") may
 * be. One object for all the rules that trigger on it, so that a text is scanned for it once.
 */
export const NUMBER_PAIR = new RegExp(String.raw`\d\s?[/.-]\s?\d`);
/** Separator inside a numeric date: "30/7", "30-7", "30.7" (dashes are normalized to "-"). */
export const sep = String.raw`\s?[/.-]\s?`;
/** Not glued to a symbol or another number: "30/2020/NĐ-CP" and "1.200" are not dates; nor is a range of percentages ("từ 7-8%"). */
export const numericStart = String.raw`(?<![\p{L}\p{N}/.,-])`;
export const numericEnd = String.raw`(?![\p{N}]|[/.,-]\p{N}|-?\p{L}|\s?%)`;
/** A day and month is no range of a duration: "từ 5 - 6 năm tù", "7-8 tháng", "5-6 ngày" (but "30/7 năm 2019"). */
export const notDuration = String.raw`(?!\s+(?:năm|tháng|ngày|tuần|tuổi|giờ)(?![\p{L}\p{M}])(?!\s+\d))`;

/** Parts of the day, longest phrase first where one word starts another ("chiều tối", "chiều"). */
const PART_OF_DAY = {
  'chiều tối': 'evening',
  'sáng sớm': 'morning',
  'rạng sáng': 'morning',
  sáng: 'morning',
  trưa: 'noon',
  chiều: 'afternoon',
  tối: 'evening',
  đêm: 'night',
  khuya: 'night',
} as const;
export type PartOfDayValue = (typeof PART_OF_DAY)[keyof typeof PART_OF_DAY];
/** A part of the day, maybe after "buổi": "Sáng", "buổi sáng", "chiều tối", "rạng sáng". */
export const partOfDay = String.raw`(?:[Bb]uổi\s+)?(?:[Cc]hiều\s+tối|[Ss]áng\s+sớm|[Rr]ạng\s+sáng|[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối|[Đđ]êm|[Kk]huya)`;

/** The `partOfDay` value of a written part of the day ("buổi sáng" → morning). */
export function partOfDayValue(written: string | undefined): PartOfDayValue | undefined {
  if (!written) return undefined;
  const key = written.toLowerCase().replace(/^buổi\s+/, '').replace(/\s+/g, ' ');
  return PART_OF_DAY[key as keyof typeof PART_OF_DAY];
}

const pad = (n: number): string => String(n).padStart(2, '0');

export function isoDate(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

export function isoMonth(y: number, m: number): string {
  return `${y}-${pad(m)}`;
}

/** "2019-07-01/2019-09-30" style: an ISO interval between two values of the same precision. */
export function isoRange(from: string, to: string): string {
  return `${from}/${to}`;
}

/** Quarter `q` of year `y` as a month interval: quý III 2019 → "2019-07/2019-09". */
export function isoQuarter(y: number, q: number): string {
  return isoRange(isoMonth(y, 3 * q - 2), isoMonth(y, 3 * q));
}


/** A quarter written as a Roman or Arabic numeral or a word: "III", "3", "ba", "tư". */
export const quarterNumber = String.raw`(?:IV|I{1,3}|[1-4]|một|hai|ba|bốn|tư)`;
const QUARTER_WORDS: Record<string, number> = { một: 1, hai: 2, ba: 3, bốn: 4, tư: 4 };

export function parseQuarter(written: string): number {
  return QUARTER_WORDS[written.toLowerCase()] ?? (/^\d$/.test(written) ? Number(written) : romanToInt(written));
}

/** Between the two ends of a period: "2016-2020", "2016 - 2020", "2015- 2020". */
export const rangeDash = String.raw`\s*-\s*`;
