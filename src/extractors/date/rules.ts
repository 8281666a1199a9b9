/**
 * Date rules, from the most explicit to the vaguest: full dates ("30/07/2019", "ngày 8
 * tháng 7 năm 2019"), day and month with a cue ("Sáng 30/7"), ranges ("từ 22/5 đến 21/6",
 * "nhiệm kỳ 2020-2025"), months, quarters and halves ("Quý III", "6 tháng đầu năm"), years,
 * vague periods with a `mod` ("cuối năm nay"), words relative to the reference date ("hôm
 * nay", "năm ngoái"), lunar dates ("mùng 1 Tết") and vague words kept with `value: null`.
 * What needs an earlier mention ("Cùng ngày", "năm đó", "nhiệm kỳ này") is marked in `meta`
 * and settled by the resolve-dates refiner. Without a reference date, whatever depends on it
 * has `value: null`: no year is guessed.
 */
import { B, E, build, trigger, type Groups, type Match } from '../../patterns/compose.js';
import {
  day, isoDate, isoMonth, isoQuarter, isoRange, month, notDuration, NUMBER_PAIR, numericEnd, numericStart, parseQuarter, partOfDay,
  partOfDayValue, quarterNumber, rangeDash, sep, year, type PartOfDayValue,
} from '../../patterns/dates.js';
import { leadingNumeral } from '../../patterns/numbers.js';
import type { Candidate, ExtractContext, RefDate, Rule } from '../types.js';
import { comingYear, DEADLINE_DAYS_AHEAD, inferYear, lunarToSolar, lunarYearOf, refDay, refMonth, shiftDays, shiftMonths } from './calendar.js';
import { canChiName, canChiYear, isLunarOnlyMonth, lunarMonth, lunarMonthWord } from './lunar.js';

/** In every numeric date: a digit, a separator and a digit ("30/7", "08.7.2019"). */
/** In every numbered month: "tháng 7", at most 16 characters in. */
const MONTH_NUMBER = trigger(String.raw`[Tt]háng\s+\d`, 16);

const parts = { B, E, day, month, year, sep, numericStart, numericEnd, notDuration, partOfDay, quarterNumber, rangeDash, lunarMonthWord, canChiName };

type Mod = 'start' | 'mid' | 'end';
const MODS: Record<string, Mod> = {
  đầu: 'start', giữa: 'mid', cuối: 'end', hết: 'end', 'thượng tuần': 'start', 'trung tuần': 'mid', 'hạ tuần': 'end',
};
const mod = (word: string | undefined): { mod?: Mod } => (word ? { mod: MODS[word.toLowerCase().replace(/\s+/g, ' ')]! } : {});
/** Words that place a date in its period; the ten-day "tuần" words only qualify months. */
const MOD = String.raw`(?<mod>[Đđ]ầu|[Gg]iữa|[Cc]uối|[Hh]ết)`;
const MONTH_MOD = String.raw`(?<mod>[Đđ]ầu|[Gg]iữa|[Cc]uối|[Hh]ết|[Tt]hượng\s+tuần|[Tt]rung\s+tuần|[Hh]ạ\s+tuần)`;
const pod = (written: string | undefined): { partOfDay?: PartOfDayValue } => {
  const value = partOfDayValue(written);
  return value ? { partOfDay: value } : {};
};

/** A year written after a relative word: "năm nay", "năm ngoái", "năm qua", "năm tới". */
const RELATIVE_YEAR: Record<string, number> = { nay: 0, này: 0, ngoái: -1, qua: -1, trước: -1, rồi: -1, tới: 1 };
const relativeYear = String.raw`(?:nay|ngoái|qua|trước|rồi|tới)`;

type DateExtra = { mod?: Mod; partOfDay?: PartOfDayValue; meta?: Record<string, unknown> };

/**
 * A date whose year was inferred from the reference date, not written: a later date that shares
 * its year ("tháng 10 và tháng 11/2020", "ngày 12/6 và 24/6/2024") gives it (resolve-dates).
 */
const YEARLESS = { yearless: true } as const;

function date(m: Match, value: string | null, rule: string, extra: DateExtra = {}, skip = 0): Candidate {
  return { type: 'date', start: m.index + skip, end: m.index + m[0].length, value, rule, ...extra } as Candidate;
}

/** The year of a group: written, relative to the reference ("nay", "ngoái"), else undefined. */
function yearOf(written: string | undefined, relative: string | undefined, ctx: ExtractContext): number | undefined {
  if (written) return Number(written);
  if (relative) return ctx.referenceDate ? ctx.referenceDate.year + RELATIVE_YEAR[relative.toLowerCase()]! : undefined;
  return undefined;
}

/**
 * A day and month: the written year, else one inferred from the reference date; "tới" or
 * "này" after it ("ngày 1/10 tới") says it is the coming one, however far ahead.
 */
function dayMonthValue(d: string, m: string, y: string | undefined, ctx: ExtractContext, ahead = false, deadline = false): string | null {
  const ref = ctx.referenceDate;
  const yy = y ? Number(y) : ref && (ahead ? comingYear(ref, Number(m), Number(d)) : inferYear(ref, Number(m), Number(d), deadline ? DEADLINE_DAYS_AHEAD : undefined));
  return yy === undefined ? null : isoDate(yy, Number(m), Number(d));
}

/** "trước ngày 30/9": a deadline, which lies ahead. */
const DEADLINE_CUE = /^[Tt]rước$/;

/** Offset of the first character matching `re` in the match: the span skips a leading "từ". */
const offsetOf = (m: Match, re: RegExp): number => Math.max(0, m[0].search(re));

/** Words that mark a bare "d/m" as a date rather than a fraction ("2/3 số đại biểu"). */
const DAY_CUE = String.raw`(?:{{partOfDay}}(?:\s+(?:nay|qua))?|[Nn]gày|[Mm][ồù]ng|[Hh]ôm|[Tt]ừ|[Đđ]ến|[Tt]ới|[Vv]ào|[Tt]rước|[Ss]au|[Đđ]ầu|[Cc]uối|[Gg]iữa|[Hh]ết|[Nn]ay|[Ll]ễ|[Dd]ịp|[Qq]uốc\s+khánh)`;
/** "sau 2/3 thời gian", "trước 1/2 số đại biểu": a fraction of something, not a day. */
const NOT_FRACTION = String.raw`(?!\s+(?:số|tổng\s+số|thời\s+gian|nhiệm\s+kỳ|diện\s+tích|dân\s+số|khối\s+lượng)(?![\p{L}\p{M}]))`;
/** "này", "tới" after a day and month: the coming one ("ngày 1/10 tới"); read, not spanned. */
const AHEAD = String.raw`(?=\s+(?<ahead>này|tới|sắp\s+tới)(?![\p{L}\p{M}]))?`;
/** A day's name before its date: "Thứ Hai (29/7)", "Chủ nhật, 28/7", "hôm qua (29/7)"; not in the span. */
const WEEKDAY = String.raw`(?:[Tt]hứ\s{1,3}(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[2-7])|[Cc]hủ\s{1,3}[Nn]hật|[Hh]ôm\s{1,3}(?:nay|qua)|[Nn]gày\s{1,3}mai)\s{0,3}[,(]?\s{0,3}`;
/** The cues a list's first day may have, without multi-word ones (kept short for the look-behind). */
const LIST_CUE = String.raw`(?:[Nn]gày|[Mm][ồù]ng|[Ll]ễ|[Dd]ịp|[Vv]ào|[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối|[Đđ]êm)`;
/** "d/m" or "d/m/yyyy" as written after a cue, for lists. */
const DM = String.raw`\d{1,2}{{sep}}\d{1,2}(?:{{sep}}\d{4})?`;
/** The second end of a range may be "nay" (the reference date, at the first end's precision). */
const NOW = String.raw`(?<now>(?:hiện\s+)?nay|hiện\s+tại)`;

const fullDates: Rule[] = [
  {
    id: 'date.day-month-year',
    trigger: { pattern: NUMBER_PAIR, lookback: 40 },
    pattern: build(
      String.raw`{{B}}(?:(?<pod>{{partOfDay}})(?:\s+nay)?\s+)?(?:(?:[Nn]gày|[Mm][ồù]ng)\s+)?{{numericStart}}(?<d>{{day}}){{sep}}(?<m>{{month}}){{sep}}(?<y>{{year}}){{numericEnd}}`,
      parts,
      'g',
    ),
    extract: (m, ctx) => {
      const value = dayMonthValue(m.groups.d!, m.groups.m!, m.groups.y, ctx);
      return value ? date(m, value, 'date.day-month-year', pod(m.groups.pod)) : null;
    },
  },
  {
    id: 'date.day-month-words',
    trigger: trigger(String.raw`tháng\s+\d`, 48),
    pattern: build(
      String.raw`{{B}}(?:(?<pod>{{partOfDay}})\s+)?(?:[Nn]gày|[Mm][ồù]ng)\s+(?<d>{{day}})\s+tháng\s+(?<m>{{month}})(?:(?:\s*,)?\s+năm\s+(?<y>{{year}}))?{{E}}(?!\s*âm\s+lịch)`,
      parts,
      'g',
    ),
    extract: (m, ctx) => {
      const value = dayMonthValue(m.groups.d!, m.groups.m!, m.groups.y, ctx);
      return ctx.referenceDate && !value ? null : date(m, value, 'date.day-month-words', pod(m.groups.pod));
    },
  },
  {
    id: 'date.day-month',
    trigger: { pattern: NUMBER_PAIR, lookback: 48 },
    pattern: build(
      String.raw`{{B}}(?<cue>${DAY_CUE})\s+(?:(?:[Nn]gày|[Mm][ồù]ng)\s+)?{{numericStart}}(?<d>{{day}}){{sep}}(?<m>{{month}}){{numericEnd}}{{notDuration}}(?!\s*âm\s+lịch)${NOT_FRACTION}${AHEAD}`,
      parts,
      'g',
    ),
    extract: (m, ctx) => {
      const cue = m.groups.cue ?? '';
      const withWord = /^(ngày|mồng|mùng|buổi|sáng|trưa|chiều|tối|đêm|khuya|rạng)/i.test(cue);
      // The span keeps a leading "ngày" or part of day, not a preposition like "từ".
      const skip = withWord ? 0 : offsetOf(m, /\d|ngày|mồng|mùng/i);
      const value = dayMonthValue(m.groups.d!, m.groups.m!, undefined, ctx, m.groups.ahead !== undefined, DEADLINE_CUE.test(cue));
      if (ctx.referenceDate && !value) return null;
      const podWord = cue
        .split(/\s/)
        .filter((w) => w && !/^(?:nay|qua)$/i.test(w))
        .join(' ');
      const extra: DateExtra = withWord ? pod(podWord) : {};
      return date(m, value, 'date.day-month', m.groups.ahead === undefined ? { ...extra, meta: YEARLESS } : extra, skip);
    },
  },
  {
    id: 'date.weekday-day-month',
    trigger: { pattern: NUMBER_PAIR, lookback: 2 },
    pattern: build(String.raw`(?<=${WEEKDAY}){{numericStart}}(?<d>{{day}}){{sep}}(?<m>{{month}}){{numericEnd}}`, parts, 'g'),
    extract: (m, ctx) => {
      const value = dayMonthValue(m.groups.d!, m.groups.m!, undefined, ctx);
      return ctx.referenceDate && !value ? null : date(m, value, 'date.weekday-day-month', { meta: YEARLESS });
    },
  },
  {
    // "ngày 5 và 6/8", "mùng 3 và 5/4": two days sharing one month, two mentions ("ngày 5", "6/8").
    id: 'date.day-pair',
    trigger: { pattern: NUMBER_PAIR, lookback: 64 },
    pattern: build(
      String.raw`{{B}}(?<first>(?:(?<pod>{{partOfDay}})\s+)?(?:[Nn]gày\s+(?:m[ồù]ng\s+)?|[Mm][ồù]ng\s+)(?<d1>{{day}}))\s+(?:và|,)\s+(?<second>(?<d2>{{day}}){{sep}}(?<m>{{month}})(?:{{sep}}(?<y>{{year}}))?){{numericEnd}}`,
      parts,
      'g',
    ),
    extract: (m, ctx) => {
      const g = m.groups;
      const first = dayMonthValue(g.d1!, g.m!, g.y, ctx);
      const second = dayMonthValue(g.d2!, g.m!, g.y, ctx);
      if (ctx.referenceDate && !(first && second)) return null;
      const secondAt = m[0].length - g.second!.length;
      return [
        { ...date(m, first, 'date.day-pair', pod(g.pod)), end: m.index + g.first!.length },
        date(m, second, 'date.day-pair', {}, secondAt),
      ];
    },
  },
  {
    // "sáng mùng 3": a day of the reference month ("mùng" names days 1–10 only).
    id: 'date.day-of-month',
    trigger: trigger(String.raw`[Mm][ồù]ng\s`, 24),
    pattern: build(String.raw`{{B}}(?:(?<pod>{{partOfDay}})\s+)?[Mm][ồù]ng\s+(?<d>10|[1-9]){{E}}(?!\s*(?:Tết|tháng|[/.-]\s?\d|\d))`, parts, 'g'),
    extract: (m, ctx) => {
      const ref = ctx.referenceDate;
      return date(m, ref ? isoDate(ref.year, ref.month, Number(m.groups.d)) : null, 'date.day-of-month', pod(m.groups.pod));
    },
  },
  {
    // "dịp lễ 30/4, 1/5": a day and month listed after one that had its cue.
    id: 'date.day-month-list',
    trigger: { pattern: NUMBER_PAIR, lookback: 2 },
    pattern: build(
      String.raw`(?<=${LIST_CUE}\s{1,3}(?:(?:[Nn]gày|[Mm][ồù]ng)\s{1,3})?${DM}(?:,\s{0,3}|\s{1,3}(?:và|hoặc)\s{1,3}))(?<d>{{day}}){{sep}}(?<m>{{month}}){{numericEnd}}`,
      parts,
      'g',
    ),
    extract: (m, ctx) => {
      const value = dayMonthValue(m.groups.d!, m.groups.m!, undefined, ctx);
      return ctx.referenceDate && !value ? null : date(m, value, 'date.day-month-list');
    },
  },
];

/** A cue word right before the match: "lễ 30/4-1/5" is a range of days, a bare "2/3-3/4" a pair of fractions. */
const CUE_BEFORE = build(String.raw`(?<![\p{L}\p{M}])${DAY_CUE}\s{1,3}(?:[Nn]gày\s{1,3})?$`, parts);
const cuedDayMonth = (m: Match, text: string): boolean =>
  /^(?:ngày|mồng|mùng)/i.test(m[0]) || CUE_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index));

/** The two ends of a day range, each ISO or null; the first borrows month and year from the second. */
function dayRange(g: Groups, ctx: ExtractContext): string | null {
  const m2 = g.m2!;
  const m1 = g.m1 ?? m2;
  let y1 = g.y1;
  if (!y1 && g.y2) y1 = String(Number(m1) > Number(m2) ? Number(g.y2) - 1 : Number(g.y2));
  const to = dayMonthValue(g.d2!, m2, g.y2 ?? y1, ctx);
  const from = dayMonthValue(g.d1!, m1, y1 ?? to?.slice(0, 4), ctx);
  return from && to ? isoRange(from, to) : null;
}

/** "tháng 7/2019", "tháng 7 năm 2019" or "tháng 7" (year from the reference date). */
function monthValue(mm: string, y: string | undefined, ctx: ExtractContext): string | null {
  const yy = y ? Number(y) : ctx.referenceDate && inferYear(ctx.referenceDate, Number(mm));
  return yy === undefined ? null : isoMonth(yy, Number(mm));
}

/** Longest span of years read as one period: a lifetime, "(1890 - 1969)". */
const MAX_PERIOD_YEARS = 100;

/** The year of a lone month: "tháng 9 tới" is the coming one, "tháng 12 vừa qua" the last one, "tháng này" this year's. */
function monthYear(ref: RefDate, mm: number, near: string | undefined): number {
  if (near === 'tới') return mm < ref.month ? ref.year + 1 : ref.year;
  if (near?.startsWith('vừa')) return mm > ref.month ? ref.year - 1 : ref.year;
  return near ? ref.year : inferYear(ref, mm);
}

const ranges: Rule[] = [
  {
    // "từ 22/5 đến 21/6", "từ ngày 1/7 đến hết ngày 31/12/2019", "(30/4/1975 - 30/4/2021)".
    id: 'date.day-range',
    trigger: { pattern: NUMBER_PAIR, lookback: 64 },
    pattern: build(
      String.raw`{{B}}(?:(?<from>[Tt]ừ)\s+)?(?:(?:[Nn]gày|[Mm][ồù]ng)\s+)?{{numericStart}}(?<d1>{{day}})(?:{{sep}}(?<m1>{{month}})(?:{{sep}}(?<y1>{{year}}))?)?\s*(?<to>đến|tới|-)\s*(?:hết\s+)?(?:ngày\s+)?(?<d2>{{day}}){{sep}}(?<m2>{{month}})(?:{{sep}}(?<y2>{{year}}))?{{numericEnd}}`,
      parts,
      'g',
    ),
    extract: (m, ctx) => {
      const g = m.groups;
      // "từ" makes a range; without it a dash joins two dates written whole ("30/4-1/5",
      // "2/9/1945 - 2/9/2019"), or days of one month after "ngày".
      const dashOk = g.to === '-' && ((g.m1 && (g.y1 ? g.y2 : !g.y2 && cuedDayMonth(m, ctx.text))) || (!g.m1 && /^(ngày|mồng|mùng)/i.test(m[0])));
      if (!g.from && !dashOk) return null;
      const value = dayRange(g, ctx);
      return ctx.referenceDate && !value ? null : date(m, value, 'date.day-range');
    },
  },
  {
    // "từ ngày 1/7/2016 đến nay", "từ tháng 11/2016 đến nay", "từ năm 2016 đến nay".
    id: 'date.since',
    trigger: trigger(String.raw`(?:đến|tới)\s+(?:hiện\s+)?(?:nay|tại)`, 48),
    pattern: build(
      String.raw`{{B}}[Tt]ừ\s+(?:(?:ngày\s+(?<d>{{day}}){{sep}}(?<dm>{{month}}){{sep}}(?<dy>{{year}}))|(?:tháng\s+(?<m>{{month}})(?:{{sep}}|\s+năm\s+)(?<my>{{year}}))|(?:năm\s+)?(?<y>{{year}}))\s+(?:đến|tới)\s+${NOW}{{E}}`,
      parts,
      'g',
    ),
    extract: (m, ctx) => {
      const g = m.groups;
      const ref = ctx.referenceDate;
      if (!ref) return date(m, null, 'date.since');
      if (g.d) return date(m, isoRange(isoDate(Number(g.dy), Number(g.dm), Number(g.d))!, refDay(ref)), 'date.since');
      if (g.m) return date(m, isoRange(isoMonth(Number(g.my), Number(g.m)), refMonth(ref)), 'date.since');
      return date(m, isoRange(g.y!, String(ref.year)), 'date.since');
    },
  },
  {
    // "từ đầu năm đến nay", "từ đầu năm 2019 tới nay": January to the reference month.
    id: 'date.since-year-start',
    trigger: trigger(String.raw`đầu\s+năm`, 8),
    pattern: build(String.raw`{{B}}[Tt]ừ\s+đầu\s+năm\s+(?:(?<y>{{year}})\s+)?(?:đến|tới)\s+${NOW}{{E}}`, parts, 'g'),
    extract: (m, ctx) => {
      const ref = ctx.referenceDate;
      if (!ref) return date(m, null, 'date.since-year-start');
      return date(m, isoRange(isoMonth(Number(m.groups.y ?? ref.year), 1), refMonth(ref)), 'date.since-year-start');
    },
  },
  {
    // "từ nay đến năm 2020", "từ nay đến tháng 6/2020", "từ nay đến cuối năm": from the
    // reference date to the end, at the end's precision.
    id: 'date.until',
    trigger: trigger(String.raw`[Tt]ừ\s+(?:nay|bây)`, 0),
    pattern: build(
      String.raw`{{B}}[Tt]ừ\s+(?:nay|bây\s+giờ)\s+(?:đến|tới)\s+(?:(?<mod>hết|cuối)\s+)?(?:tháng\s+(?<m>{{month}})(?:{{sep}}|\s+năm\s+)(?<my>{{year}})|(?:năm\s+)?(?<y>{{year}})|(?<=(?:hết|cuối)\s+)năm(?:\s+nay)?){{numericEnd}}`,
      parts,
      'g',
    ),
    extract: (m, ctx) => {
      const g = m.groups;
      const ref = ctx.referenceDate;
      if (!ref) return date(m, null, 'date.until');
      if (g.m) return date(m, isoRange(refMonth(ref), isoMonth(Number(g.my), Number(g.m))), 'date.until');
      if (g.y) return date(m, isoRange(String(ref.year), g.y), 'date.until');
      return date(m, isoRange(refMonth(ref), isoMonth(ref.year, 12)), 'date.until');
    },
  },
  {
    // "từ tháng 3 đến tháng 5/2019", "từ tháng 11/2018 đến tháng 2/2019".
    id: 'date.month-range',
    trigger: trigger(String.raw`[Tt]ừ\s+tháng`, 0),
    pattern: build(
      String.raw`{{B}}[Tt]ừ\s+tháng\s+(?<m1>{{month}})(?:(?:{{sep}}|\s+năm\s+)(?<y1>{{year}}))?\s+(?:đến|tới)\s+(?:hết\s+)?tháng\s+(?<m2>{{month}})(?:(?:{{sep}}|\s+năm\s+)(?<y2>{{year}}))?{{numericEnd}}`,
      parts,
      'g',
    ),
    extract: (m, ctx) => {
      const g = m.groups;
      const to = monthValue(g.m2!, g.y2 ?? g.y1, ctx);
      const y1 = g.y1 ?? (to && String(Number(g.m1) > Number(g.m2) ? Number(to.slice(0, 4)) - 1 : to.slice(0, 4)));
      const from = monthValue(g.m1!, y1 ?? undefined, ctx);
      return date(m, from && to ? isoRange(from, to) : null, 'date.month-range');
    },
  },
  {
    // A career timeline: "Tháng 7/2000 - 11/2001", "Từ 3/1990 - 5/1995:", "Từ 9-1977 đến 9-1984" (span without "từ").
    id: 'date.month-year-range',
    trigger: { pattern: NUMBER_PAIR, lookback: 16 },
    pattern: build(
      String.raw`{{B}}(?:[Tt]ừ\s+)?(?:[Tt]háng\s+)?{{numericStart}}(?<m1>{{month}}){{sep}}(?<y1>{{year}})\s*(?:-|đến|tới)\s*(?:tháng\s+)?(?<m2>{{month}}){{sep}}(?<y2>{{year}}){{numericEnd}}`,
      parts,
      'g',
    ),
    extract: (m) => {
      const [m1, y1, m2, y2] = [m.groups.m1, m.groups.y1, m.groups.m2, m.groups.y2].map(Number) as [number, number, number, number];
      if (y2 * 12 + m2 <= y1 * 12 + m1) return null;
      return date(m, isoRange(isoMonth(y1, m1), isoMonth(y2, m2)), 'date.month-year-range', {}, offsetOf(m, /\d|[Tt]háng/));
    },
  },
  {
    // "giai đoạn 2016-2020", "nhiệm kỳ 2020 - 2025", "tầm nhìn 2025-2030" (span from the year).
    id: 'date.year-range',
    trigger: trigger(String.raw`\d\s*-\s*(?:1[89]|20)\d\d`, 24),
    pattern: build(
      String.raw`(?:{{B}}(?<lead>[Gg]iai\s+đoạn|[Nn]hiệm\s+kỳ|[Tt]hời\s+kỳ|[Nn]iên\s+khóa|(?:các\s+)?[Nn]ăm)\s+)?{{numericStart}}(?<y1>{{year}}){{rangeDash}}(?<y2>{{year}}){{numericEnd}}`,
      parts,
      'g',
    ),
    extract: (m) => {
      const [y1, y2] = [Number(m.groups.y1), Number(m.groups.y2)];
      if (y2 <= y1 || y2 - y1 > MAX_PERIOD_YEARS) return null;
      const value = date(m, isoRange(m.groups.y1!, m.groups.y2!), 'date.year-range');
      // A term ("nhiệm kỳ 2020-2025") is what a later "nhiệm kỳ này" refers to.
      return /^nhiệm/i.test(m.groups.lead ?? '') ? { ...value, meta: { term: true } } : value;
    },
  },
  {
    // "từ năm 2016 đến năm 2020", "Từ năm 1999 đến giữa năm 2006".
    id: 'date.year-from-to',
    trigger: trigger(String.raw`(?:đến|tới)\s+(?:(?:đầu|giữa|cuối|hết)\s+)?(?:năm\s+)?(?:1[89]|20)\d\d`, 24),
    pattern: build(
      String.raw`{{B}}[Tt]ừ\s+(?:năm\s+)?(?<y1>{{year}})\s+(?:đến|tới)\s+(?:(?:đầu|giữa|cuối|hết)\s+)?(?:năm\s+)?(?<y2>{{year}}){{numericEnd}}`,
      parts,
      'g',
    ),
    extract: (m) => (Number(m.groups.y2) > Number(m.groups.y1) ? date(m, isoRange(m.groups.y1!, m.groups.y2!), 'date.year-from-to') : null),
  },
];

/** "6 tháng đầu năm" → months 1–6, "6 tháng cuối năm" → 7–12, "nửa đầu năm" → 1–6. */
function partOfYear(months: number, which: string, y: number): string {
  const [from, to] = /đầu/i.test(which) ? [1, months] : [13 - months, 12];
  return isoRange(isoMonth(y, from), isoMonth(y, to));
}

const YEAR_TAIL = String.raw`(?:\s*(?<y>{{year}})|\s+(?<rel>${relativeYear}))?`;

const periods: Rule[] = [
  {
    id: 'date.month-year',
    trigger: MONTH_NUMBER,
    pattern: build(
      String.raw`{{B}}(?:${MONTH_MOD}\s+)?[Tt]háng\s+(?<m>{{month}})(?:{{sep}}|\s+năm\s+)(?<y>{{year}}){{numericEnd}}`,
      parts,
      'g',
    ),
    extract: (m) => date(m, isoMonth(Number(m.groups.y), Number(m.groups.m)), 'date.month-year', mod(m.groups.mod)),
  },
  {
    // "tháng 7", "đầu tháng 8", "tháng 12 năm ngoái", "tháng 9 tới".
    id: 'date.month',
    trigger: MONTH_NUMBER,
    pattern: build(
      String.raw`{{B}}(?:${MONTH_MOD}\s+)?[Tt]háng\s+(?<m>{{month}})(?:\s+năm\s+(?<rel>${relativeYear})|\s+(?<near>này|tới|vừa\s+qua))?(?![\p{N}\p{L}]|{{sep}}\p{N})`,
      parts,
      'g',
    ),
    extract: (m, ctx) => {
      const ref = ctx.referenceDate;
      const mm = Number(m.groups.m);
      let y = yearOf(undefined, m.groups.rel, ctx);
      if (y === undefined && ref) y = monthYear(ref, mm, m.groups.near);
      const inferred = m.groups.rel === undefined && m.groups.near === undefined;
      return date(m, y === undefined ? null : isoMonth(y, mm), 'date.month', { ...mod(m.groups.mod), ...(inferred ? { meta: YEARLESS } : {}) });
    },
  },
  {
    // "Quý III", "quý 3/2017", "quý 1 năm 2024", "quý một", "quý 3 này", "cuối quý IV năm nay"; the old spelling "quí".
    id: 'date.quarter',
    trigger: trigger(String.raw`[Qq]u[ýí]\s`, 8),
    pattern: build(
      String.raw`{{B}}(?:${MOD}\s+)?[Qq]u[ýí]\s+(?<q>{{quarterNumber}})(?:(?:{{sep}}|\s+năm\s+)(?<y>{{year}})|\s+năm\s+(?<rel>${relativeYear})|\s+(?<near>này))?{{E}}(?![/.-]\p{N})`,
      parts,
      'g',
    ),
    extract: (m, ctx) => {
      const q = parseQuarter(m.groups.q!);
      const y = yearOf(m.groups.y, m.groups.rel, ctx) ?? ctx.referenceDate?.year;
      return date(m, y === undefined ? null : isoQuarter(y, q), 'date.quarter', mod(m.groups.mod));
    },
  },
  {
    // "6 tháng đầu năm 2017", "9 tháng đầu năm nay", "nửa cuối năm", "9 tháng năm 2019".
    id: 'date.part-of-year',
    trigger: trigger(String.raw`(?:tháng|[Nn]ửa)\s+(?:đầu|cuối|sau|năm)`, 12),
    pattern: build(
      String.raw`{{B}}(?:(?<n>\d{1,2}|[Ss]áu|[Cc]hín|[Bb]a)\s+tháng|(?<half>[Nn]ửa))(?:\s+(?<which>đầu|cuối|sau)\s+năm${YEAR_TAIL}|\s+năm\s*(?<only>{{year}})){{numericEnd}}`,
      parts,
      'g',
    ),
    extract: (m, ctx) => {
      // "nửa năm 2019" is half a year's time, not a half-year.
      if (m.groups.half && m.groups.only) return null;
      const n = m.groups.half ? 6 : /^\d/.test(m.groups.n!) ? Number(m.groups.n) : leadingNumeral(m.groups.n!)!.value;
      if (n < 1 || n > 12) return null;
      const y = yearOf(m.groups.y ?? m.groups.only, m.groups.rel, ctx) ?? ctx.referenceDate?.year;
      // "9 tháng năm 2019" is a report's period: the first nine months.
      return date(m, y === undefined ? null : partOfYear(n, m.groups.which ?? 'đầu', y), 'date.part-of-year');
    },
  },
  {
    // "trong 6 tháng qua": a report's period, the first 6 (or 9) months of the reference year
    // once they are over (in December, the second half).
    id: 'date.report-period',
    trigger: trigger(String.raw`(?:6|9|sáu|chín)\s+tháng`, 0),
    pattern: build(String.raw`(?<=(?:[Tt]rong|[Ss]ơ\s{1,3}kết|[Tt]ổng\s{1,3}kết)\s{1,3})(?<n>6|9|sáu|chín)\s+tháng(?=\s+(?:qua|vừa\s+qua|ở|là|của|này)|\s*[,.;])`, parts, 'g'),
    extract: (m, ctx) => {
      const ref = ctx.referenceDate;
      const n = /^\d/.test(m.groups.n!) ? Number(m.groups.n) : leadingNumeral(m.groups.n!)!.value;
      if (!ref || ref.month < n) return null;
      // Read in December, the six months just past are the second half.
      const half = n === 6 && ref.month === 12 ? 'cuối' : 'đầu';
      return date(m, partOfYear(n, half, ref.year), 'date.report-period');
    },
  },
  {
    // "đầu năm", "những tháng cuối năm 2019", "cuối năm nay", "hết năm 2018", "giữa năm 2006".
    id: 'date.year-mod',
    trigger: trigger(String.raw`(?:[Đđ]ầu|[Gg]iữa|[Cc]uối|[Hh]ết)\s+năm`, 16),
    pattern: build(
      String.raw`{{B}}(?:(?:[Nn]hững|[Cc]ác)\s+(?:tháng|ngày)\s+)?${MOD}\s+năm${YEAR_TAIL}(?!\s*học){{numericEnd}}`,
      parts,
      'g',
    ),
    extract: (m, ctx) => {
      const y = yearOf(m.groups.y, m.groups.rel, ctx) ?? ctx.referenceDate?.year;
      return date(m, y === undefined ? null : String(y), 'date.year-mod', mod(m.groups.mod));
    },
  },
  {
    // "năm 2019", "năm1953" (a space lost in copying), "sinh năm 1963", "(SN 1963)" (sinh năm).
    id: 'date.year',
    trigger: trigger(String.raw`(?:[Nn]ăm|SN)\s*\d`, 0),
    pattern: build(String.raw`{{B}}(?:[Nn]ăm|SN)\s*(?<y>{{year}}){{E}}(?![/.,-]\p{N})`, parts, 'g'),
    extract: (m) => date(m, m.groups.y!, 'date.year'),
  },
  {
    // "Đến 2025, hoàn thành …": a bare year after a time preposition, ending a phrase; any bare
    // year after "cùng kỳ" ("so với cùng kỳ 2022"), the period a report compares with.
    id: 'date.bare-year',
    trigger: trigger(String.raw`(?:1[89]|20)\d\d`, 0),
    pattern: build(
      String.raw`(?<=(?:^|[^\p{L}\p{M}])(?:[Đđ]ến|[Tt]ới|[Tt]rước|[Vv]ào|[Hh]ết|[Tt]ừ|[Ss]au)\s{1,3})(?<y>{{year}})(?=\s*[,.;:)]|\s*$)|(?<=(?:^|[^\p{L}\p{M}])[Cc]ùng\s{1,3}kỳ\s{1,3})(?<sameTerm>{{year}}){{numericEnd}}`,
      parts,
      'gm',
    ),
    extract: (m) => date(m, (m.groups.y ?? m.groups.sameTerm)!, 'date.bare-year'),
  },
  {
    // "60 năm qua" → from 60 years before the reference year to it.
    id: 'date.years-past',
    trigger: trigger(String.raw`\d\s+năm\s+(?:qua|vừa|gần|trở)`, 3),
    pattern: build(String.raw`{{B}}(?<n>\d{1,3})\s+năm\s+(?:qua|vừa\s+qua|gần\s+đây|trở\s+lại\s+đây){{E}}`, parts, 'g'),
    extract: (m, ctx) => {
      const ref = ctx.referenceDate;
      return date(m, ref ? isoRange(String(ref.year - Number(m.groups.n)), String(ref.year)) : null, 'date.years-past');
    },
  },
];

/** "hôm nay và mai sau", "hôm nay và muôn đời sau": the present age, an idiom, not a day. */
const TODAY_AND_FUTURE = String.raw`(?!\s+và\s+(?:mai\s+sau|muôn\s+đời|mãi\s+mãi|tương\s+lai|ngày\s+mai))`;

/** Words for a day relative to the reference date. */
const RELATIVE_DAY: Record<string, number> = { 'hôm nay': 0, 'ngày hôm nay': 0, 'hôm qua': -1, 'ngày hôm qua': -1, 'hôm kia': -2, 'ngày mai': 1 };

const relative: Rule[] = [
  {
    // "hôm nay", "chiều hôm qua", "ngày mai".
    id: 'date.relative-day',
    trigger: trigger(String.raw`[Hh]ôm\s+(?:nay|qua|kia)|[Nn]gày\s+mai`, 24),
    pattern: build(String.raw`{{B}}(?:(?<pod>{{partOfDay}})\s+)?(?<rel>(?:[Nn]gày\s+)?[Hh]ôm\s+(?:nay|qua|kia)|[Nn]gày\s+mai){{E}}${TODAY_AND_FUTURE}`, parts, 'g'),
    extract: (m, ctx) => {
      const ref = ctx.referenceDate;
      const shift = RELATIVE_DAY[m.groups.rel!.toLowerCase().replace(/\s+/g, ' ')]!;
      return date(m, ref ? shiftDays(ref, shift) : null, 'date.relative-day', pod(m.groups.pod));
    },
  },
  {
    // "Sáng nay", "tối qua", "chiều mai": a part of the reference day (or the one next to it).
    id: 'date.part-of-day',
    trigger: trigger(String.raw`(?:nay|qua|mai)`, 21),
    pattern: build(String.raw`{{B}}(?<pod>{{partOfDay}})\s+(?<rel>nay|qua|mai){{E}}(?!\s*\d)`, parts, 'g'),
    extract: (m, ctx) => {
      const ref = ctx.referenceDate;
      const shift = { nay: 0, qua: -1, mai: 1 }[m.groups.rel as 'nay' | 'qua' | 'mai'];
      return date(m, ref ? shiftDays(ref, shift) : null, 'date.part-of-day', pod(m.groups.pod));
    },
  },
  {
    // "Cùng ngày", "Chiều cùng ngày": the day of the previous dated mention (resolve-dates).
    id: 'date.same-day',
    trigger: trigger(String.raw`[Cc]ùng\s+ngày`, 20),
    pattern: build(String.raw`{{B}}(?:(?<pod>{{partOfDay}})\s+)?[Cc]ùng\s+ngày{{E}}(?!\s*\d)`, parts, 'g'),
    extract: (m, ctx) => ({ ...date(m, ctx.referenceDate ? refDay(ctx.referenceDate) : null, 'date.same-day', pod(m.groups.pod)), meta: { resolve: 'same-day' } }),
  },
  {
    // "năm nay", "năm ngoái", "năm qua", "năm tới"; "những năm qua" is vague.
    id: 'date.relative-year',
    trigger: trigger(String.raw`[Nn]ăm\s+(?:nay|ngoái|qua|trước|rồi|tới)`, 0),
    pattern: build(String.raw`(?<!(?:[Nn]hững|[Cc]ác|\d)\s{1,3}){{B}}[Nn]ăm\s+(?<rel>${relativeYear}){{E}}`, parts, 'g'),
    extract: (m, ctx) => date(m, ctx.referenceDate ? String(yearOf(undefined, m.groups.rel, ctx)) : null, 'date.relative-year'),
  },
  {
    // "tháng này", "cuối tháng này", "tháng trước", "tháng tới".
    id: 'date.relative-month',
    trigger: trigger(String.raw`[Tt]háng\s+(?:này|trước|qua|tới|sau)`, 16),
    pattern: build(String.raw`(?<!\d\s{1,3}){{B}}(?:${MONTH_MOD}\s+)?[Tt]háng\s+(?<rel>này|trước|qua|tới|sau){{E}}`, parts, 'g'),
    extract: (m, ctx) => {
      const shift = { này: 0, trước: -1, qua: -1, tới: 1, sau: 1 }[m.groups.rel as 'này'];
      return date(m, ctx.referenceDate ? shiftMonths(ctx.referenceDate, shift) : null, 'date.relative-month', mod(m.groups.mod));
    },
  },
  {
    // "nhiệm kỳ này": the term named earlier in the article (resolve-dates).
    id: 'date.this-term',
    trigger: trigger(String.raw`[Nn]hiệm\s+kỳ\s+(?:này|hiện)`, 0),
    pattern: build(String.raw`{{B}}[Nn]hiệm\s+kỳ\s+(?:này|hiện\s+nay|hiện\s+tại){{E}}`, parts, 'g'),
    extract: (m) => ({ ...date(m, null, 'date.this-term'), meta: { resolve: 'this-term' } }),
  },
  {
    // "Tháng 9 năm đó", "cuối năm ấy": the year of the previous mention (resolve-dates).
    id: 'date.that-year',
    trigger: trigger(String.raw`[Nn]ăm\s+(?:đó|ấy)`, 20),
    pattern: build(String.raw`{{B}}(?:${MOD}\s+)?(?:[Tt]háng\s+(?<m>{{month}})\s+)?[Nn]ăm\s+(?:đó|ấy){{E}}`, parts, 'g'),
    extract: (m) => ({
      ...date(m, null, 'date.that-year', mod(m.groups.mod)),
      meta: { resolve: 'that-year', ...(m.groups.m ? { month: Number(m.groups.m) } : {}) },
    }),
  },
  {
    // Found but not resolvable: "thời gian tới", "gần đây", "tuần sau", "nhiệm kỳ tới".
    id: 'date.vague',
    trigger: trigger(String.raw`[Tt]hời\s+gian|[Gg]ần\s+đây|[Ss]ắp\s+tới|[Hh]iện\s+nay|[Tt]uần\s|[Nn]hiệm\s+kỳ|[Nn]hững\s+năm`, 0),
    pattern: build(
      String.raw`{{B}}(?:[Tt]hời\s+gian\s+(?:tới|qua|gần\s+đây|sắp\s+tới|vừa\s+qua)|[Gg]ần\s+đây|[Ss]ắp\s+tới|[Hh]iện\s+nay|[Tt]uần\s+(?:này|sau|tới|qua|trước)|[Nn]hiệm\s+kỳ\s+(?:tới|tiếp\s+theo|sau)|[Nn]hững\s+năm\s+(?:tới|tiếp\s+theo|qua|gần\s+đây))(?![\p{L}\p{M}])`,
      parts,
      'g',
    ),
    extract: (m) => date(m, null, 'date.vague'),
  },
];

/** The lunar year of a Tết phrase: written, from its can-chi name, else the one nearest the reference. */
function tetYear(g: Groups, ref: RefDate | undefined): number | undefined {
  if (g.y) return Number(g.y);
  if (g.canchi) return canChiYear(g.canchi, ref);
  return ref && lunarYearOf(ref);
}

const lunar: Rule[] = [
  {
    // "mùng 1 Tết", "Tết Nguyên đán Kỷ Hợi 2019", "Tết Canh Tý", "mồng 3 Tết Nguyên đán".
    id: 'date.tet',
    trigger: trigger(String.raw`Tết`, 10),
    pattern: build(
      String.raw`{{B}}(?:(?:[Mm][ồù]ng|[Nn]gày)\s+(?<d>[1-9]|10)\s+)?Tết(?:\s+(?<kind>Nguyên\s+[Đđ]án|Trung\s+thu|Đoan\s+[Nn]gọ))?(?:\s+(?<canchi>{{canChiName}}))?(?:\s+(?:năm\s+)?(?<y>{{year}}))?{{E}}`,
      parts,
      'g',
    ),
    extract: (m, ctx) => {
      const g = m.groups;
      if (!g.d && !g.kind && !g.canchi && !g.y) return null;
      const [lm, ld] = /trung/i.test(g.kind ?? '') ? [8, 15] : /đoan/i.test(g.kind ?? '') ? [5, 5] : [1, Number(g.d ?? 1)];
      const y = tetYear(g, ctx.referenceDate);
      return date(m, y === undefined ? null : lunarToSolar(y, lm, ld), 'date.tet');
    },
  },
  {
    // "rằm tháng Giêng", "rằm tháng Bảy", "ngày 23 tháng Chạp", "ngày 15 tháng 7 âm lịch".
    id: 'date.lunar-day',
    trigger: trigger(String.raw`(?:[Rr]ằm|\d)\s+tháng`, 12),
    pattern: build(
      String.raw`{{B}}(?:(?<full>[Rr]ằm)|(?:[Nn]gày|[Mm][ồù]ng)\s+(?<d>{{day}}))\s+tháng\s+(?:(?<word>{{lunarMonthWord}})|(?<m>{{month}}))(?:\s+năm\s+(?<y>{{year}}))?(?<lunar>\s*\(?âm\s+lịch\)?)?{{E}}`,
      parts,
      'g',
    ),
    extract: (m, ctx) => {
      const g = m.groups;
      // A month is solar unless "rằm", "âm lịch" or its name (Giêng, Chạp) says otherwise.
      if (!g.lunar && !g.full && !(g.word && isLunarOnlyMonth(g.word))) return null;
      const lm = g.word ? lunarMonth(g.word) : Number(g.m);
      const ref = ctx.referenceDate;
      const y = g.y ? Number(g.y) : ref && (lm === 12 && ref.month <= 3 ? ref.year - 1 : ref.year);
      return date(m, y === undefined ? null : lunarToSolar(y, lm, g.full ? 15 : Number(g.d)), 'date.lunar-day');
    },
  },
];

export const rules: Rule[] = [...fullDates, ...ranges, ...periods, ...relative, ...lunar];
