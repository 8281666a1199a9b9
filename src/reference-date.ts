/**
 * The date an article is read against: given by the caller, or found in the article's own
 * dateline near the top ("Ngày đăng 30/07/2019", "Cập nhật: 08:15 ngày 30/7/2019",
 * "Thứ Ba, 17/09/2024 - 19:25"). Without one, partial dates keep `value: null`.
 */
import { build, firstMatch } from './patterns/compose.js';
import { day, isoDate, month, sep, year } from './patterns/dates.js';
import type { RefDate } from './extractors/types.js';

const DATELINE_WINDOW = 800;
const parts = { day, month, year, sep };
const time = String.raw`\d{1,2}[:h]\d{2}(?:\s*[AaPp][Mm])?`;

const DATELINE = [
  build(
    String.raw`(?:[Nn]gày\s+đăng|[Nn]gày\s+cập\s+nhật|[Cc]ập\s+nhật|[Đđ]ăng\s+(?:lúc|ngày)|[Xx]uất\s+bản|[Tt]hứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|\d)|[Cc]hủ\s+[Nn]hật)[\s:,]*(?:${time}[\s,|-]*(?:[Nn]gày\s+)?)?(?<d>{{day}}){{sep}}(?<m>{{month}}){{sep}}(?<y>{{year}})`,
    parts,
  ),
  build(String.raw`(?<![\d/])(?<d>{{day}}){{sep}}(?<m>{{month}}){{sep}}(?<y>{{year}})[\s,|-]*${time}`, parts),
];

export function parseIsoDate(s: string): RefDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isoDate(y, mo, d) ? { year: y, month: mo, day: d } : undefined;
}

export function toReferenceDate(value: string | Date | undefined): RefDate | undefined {
  if (value === undefined || value === '') return undefined;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError('referenceDate is an invalid Date');
    return { year: value.getFullYear(), month: value.getMonth() + 1, day: value.getDate() };
  }
  const parsed = parseIsoDate(value);
  if (!parsed) throw new RangeError(`referenceDate must be an ISO date (YYYY-MM-DD), got ${JSON.stringify(value)}`);
  return parsed;
}

/** The first dateline in the article's head, if any. */
export function findDateline(text: string): RefDate | undefined {
  const head = text.slice(0, DATELINE_WINDOW);
  let best: { index: number; date: RefDate } | undefined;
  for (const pattern of DATELINE) {
    const m = firstMatch(pattern, head);
    if (!m) continue;
    const g = m.groups;
    const date = { year: Number(g.y), month: Number(g.m), day: Number(g.d) };
    if (isoDate(date.year, date.month, date.day) && (!best || m.index < best.index)) best = { index: m.index, date };
  }
  return best?.date;
}

export function formatRefDate(d: RefDate): string {
  return isoDate(d.year, d.month, d.day)!;
}
