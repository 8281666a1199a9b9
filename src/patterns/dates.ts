/** Named sub-patterns for calendar expressions, shared by the date rules and the dateline. */
export const day = String.raw`(?:0?[1-9]|[12]\d|3[01])`;
export const month = String.raw`(?:0?[1-9]|1[0-2])`;
export const year = String.raw`(?:1[89]\d{2}|20\d{2})`;
/** Separator inside a numeric date: "30/7", "30-7", "30.7" (dashes are normalized to "-"). */
export const sep = String.raw`\s?[/.-]\s?`;
/** Not glued to a symbol or another number: "30/2020/NĐ-CP" and "1.200" are not dates. */
export const numericStart = String.raw`(?<![\p{L}\p{N}/.,-])`;
export const numericEnd = String.raw`(?![\p{N}]|[/.,-]\p{N}|-?\p{L})`;

export const PART_OF_DAY = {
  sáng: 'morning',
  trưa: 'noon',
  chiều: 'afternoon',
  tối: 'evening',
  đêm: 'night',
} as const;
export type PartOfDayWord = keyof typeof PART_OF_DAY;
export const partOfDay = String.raw`(?:[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối|[Đđ]êm)`;

const pad = (n: number): string => String(n).padStart(2, '0');

export function isoDate(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

export function isoMonth(y: number, m: number): string {
  return `${y}-${pad(m)}`;
}
