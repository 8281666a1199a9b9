/**
 * Words of the lunar calendar: month names ("tháng Giêng", "tháng Chạp") and the
 * sixty-year cycle of can-chi year names ("Kỷ Hợi"), whose year is found by asking the
 * calendar package for the name of the years around the reference date.
 */
import { getYearCanChi } from '@dqcai/vn-lunar';
import type { RefDate } from '../types.js';

/** Lunar month names; "Hai" … "Mười" are also written for solar months, so rules need a lunar cue. */
const LUNAR_MONTHS: Record<string, number> = {
  giêng: 1, hai: 2, ba: 3, tư: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10, 'mười một': 11, một: 11, chạp: 12,
};
export const lunarMonthWord = String.raw`(?:[Gg]iêng|[Cc]hạp|[Mm]ười\s+[Mm]ột|[Mm]ười|[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[Tt]ám|[Cc]hín|[Mm]ột)`;

export function lunarMonth(word: string): number {
  return LUNAR_MONTHS[word.toLowerCase().replace(/\s+/g, ' ')]!;
}

/** Months named only in the lunar calendar: no cue needed. */
export const isLunarOnlyMonth = (word: string): boolean => /^(giêng|chạp)$/i.test(word);

/** A can-chi year name: one of the ten stems, then one of the twelve branches ("Kỷ Hợi"). */
export const canChiName = String.raw`(?:Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý)\s+(?:Tý|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Tị|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi)`;

/** Canonical spellings: the package writes "Bính", "Tỵ"; news also write "Tị", "Mẹo". */
const VARIANTS: Record<string, string> = { tị: 'tỵ', mẹo: 'mão' };
const canonical = (name: string): string =>
  name
    .toLowerCase()
    .split(/\s+/)
    .map((w) => VARIANTS[w] ?? w)
    .join(' ');

/** How far from the reference year a can-chi name is looked for: one whole cycle. */
const CYCLE = 60;

/**
 * The year called `name` ("Kỷ Hợi") nearest the reference year, the coming one first; without
 * a reference date, undefined. Also undefined when `name` is not a can-chi name.
 */
export function canChiYear(name: string, ref: RefDate | undefined): number | undefined {
  const wanted = canonical(name);
  const around = ref?.year ?? 2000;
  for (let k = 0; k < CYCLE; k++) {
    for (const y of [around + 1 - k, around + 1 + k]) {
      if (canonical(getYearCanChi(y)) === wanted) return ref ? y : undefined;
    }
  }
  return undefined;
}
