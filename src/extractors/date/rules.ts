/**
 * Date rules. Numeric dates come first: "30/07/2019", "ngày 08/7/2019", "Sáng 30/7",
 * "tháng 7/2019", "năm 2019". A day and month without a year take the reference date's year;
 * without a reference date their value is null rather than a guessed year.
 */
import { B, E, build, type Groups } from '../../patterns/compose.js';
import { PART_OF_DAY, type PartOfDayWord, day, isoDate, isoMonth, month, numericEnd, numericStart, partOfDay, sep, year } from '../../patterns/dates.js';
import type { ExtractContext, Rule } from '../types.js';

const parts = { B, E, day, month, year, sep, numericStart, numericEnd, partOfDay };

/** Words that mark a bare "d/m" as a date rather than a fraction ("2/3 số đại biểu"). */
const DAY_CUE = String.raw`(?:{{partOfDay}}(?:\s+nay)?|[Nn]gày|[Mm][ồù]ng|[Hh]ôm|[Tt]ừ|[Đđ]ến|[Tt]ới|[Vv]ào|[Tt]rước|[Ss]au|[Đđ]ầu|[Cc]uối|[Gg]iữa|[Hh]ết|[Nn]ay)`;

function partOfDayOf(g: Groups): { partOfDay?: (typeof PART_OF_DAY)[PartOfDayWord] } {
  const word = g.pod?.toLowerCase() as PartOfDayWord | undefined;
  return word ? { partOfDay: PART_OF_DAY[word] } : {};
}

function dayMonth(g: Groups, ctx: ExtractContext): string | null {
  const y = g.y ? Number(g.y) : ctx.referenceDate?.year;
  return y === undefined ? null : isoDate(y, Number(g.m), Number(g.d));
}

export const rules: Rule[] = [
  {
    id: 'date.day-month-year',
    pattern: build(
      String.raw`{{B}}(?:(?<pod>{{partOfDay}})(?:\s+nay)?\s+)?(?:(?:[Nn]gày|[Mm][ồù]ng)\s+)?{{numericStart}}(?<d>{{day}}){{sep}}(?<m>{{month}}){{sep}}(?<y>{{year}}){{numericEnd}}`,
      parts,
      'g',
    ),
    extract: (m, ctx) => {
      const value = dayMonth(m.groups, ctx);
      if (!value) return null;
      return { type: 'date', start: m.index, end: m.index + m[0].length, value, ...partOfDayOf(m.groups), rule: 'date.day-month-year' };
    },
  },
  {
    id: 'date.day-month',
    pattern: build(
      String.raw`{{B}}(?<cue>${DAY_CUE})\s+(?:(?:[Nn]gày|[Mm][ồù]ng)\s+)?{{numericStart}}(?<d>{{day}}){{sep}}(?<m>{{month}}){{numericEnd}}`,
      parts,
      'g',
    ),
    extract: (m, ctx) => {
      const pod = /^(sáng|trưa|chiều|tối|đêm)/i.exec(m.groups.cue ?? '')?.[1];
      const withWord = /^(ngày|mồng|mùng|sáng|trưa|chiều|tối|đêm)/i.test(m.groups.cue ?? '');
      // The span keeps a leading "ngày" or part of day, not a preposition like "từ".
      const start = withWord ? m.index : m.index + m[0].search(/\d|ngày|mồng|mùng/i);
      const value = dayMonth(m.groups, ctx);
      if (ctx.referenceDate && !value) return null;
      return { type: 'date', start, end: m.index + m[0].length, value, ...partOfDayOf({ pod }), rule: 'date.day-month' };
    },
  },
  {
    id: 'date.month-year',
    pattern: build(String.raw`{{B}}[Tt]háng\s+(?<m>{{month}})(?:{{sep}}|\s+năm\s+)(?<y>{{year}}){{numericEnd}}`, parts, 'g'),
    extract: (m) => ({
      type: 'date',
      start: m.index,
      end: m.index + m[0].length,
      value: isoMonth(Number(m.groups.y), Number(m.groups.m)),
      rule: 'date.month-year',
    }),
  },
  {
    id: 'date.year',
    pattern: build(String.raw`{{B}}[Nn]ăm\s+(?<y>{{year}}){{E}}(?![/.,-]\p{N})`, parts, 'g'),
    extract: (m) => ({ type: 'date', start: m.index, end: m.index + m[0].length, value: m.groups.y!, rule: 'date.year' }),
  },
];
