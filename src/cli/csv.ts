/**
 * `--format csv`: one row per mention — id, type, start, end, text, value — quoted as RFC 4180
 * says (a field with a comma, quote or line end is quoted, quotes doubled), lines ending in
 * CRLF. A record that failed is one row of type "error" whose value is the message.
 */
import type { Mention } from '../schema/index.js';

export const CSV_HEADER = 'id,type,start,end,text,value\r\n';

export function csvField(value: string | number | undefined | null): string {
  if (value === undefined || value === null) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The one value that best stands for a mention. */
export function mainValue(m: Mention): string | number | null | undefined {
  switch (m.type) {
    case 'person':
    case 'location':
      return m.name;
    case 'organization':
      return m.canonical ?? m.name;
    case 'document':
      return m.symbol ?? [m.docType, m.number].filter(Boolean).join(' ');
    case 'count':
      return m.value;
    case 'date':
      return m.value;
    case 'event':
      return m.ordinal === undefined ? m.kind : `${m.kind} ${m.ordinal}`;
    case 'title':
      return m.title;
    default:
      return undefined;
  }
}

export function csvRows(id: string, mentions: readonly Mention[], failure?: { error: string; rule?: string }): string {
  const idField = csvField(id);
  if (failure) return `${idField},error,,,${csvField(failure.rule)},${csvField(failure.error)}\r\n`;
  let out = '';
  for (const m of mentions) out += `${idField},${m.type},${m.start},${m.end},${csvField(m.text)},${csvField(mainValue(m))}\r\n`;
  return out;
}
