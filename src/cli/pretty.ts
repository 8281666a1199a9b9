/** The readable summary `--pretty` prints: people with positions, then each record type. */
import type { Extraction, Mention } from '../schema/index.js';

type Of<T extends Mention['type']> = Extract<Mention, { type: T }>;

const SECTIONS: { type: Mention['type']; title: string; describe: (m: never) => string }[] = [
  { type: 'document', title: 'Documents', describe: (m: Of<'document'>) => describeDocument(m) },
  { type: 'event', title: 'Congresses, plenums and sessions', describe: (m: Of<'event'>) => [m.kind, m.ordinal, m.body, m.terms?.join(', ')].filter((x) => x !== undefined).join(' · ') },
  { type: 'count', title: 'Counts', describe: (m: Of<'count'>) => `${m.approx ? `${m.approx} ` : ''}${m.value} × ${m.unit}` },
  { type: 'date', title: 'Dates', describe: (m: Of<'date'>) => [m.value ?? '(unresolved)', m.mod, m.partOfDay].filter(Boolean).join(' · ') },
  { type: 'organization', title: 'Organizations', describe: (m: Of<'organization'>) => m.canonical ?? m.name },
  { type: 'location', title: 'Locations', describe: (m: Of<'location'>) => m.name },
];

function describeDocument(m: Of<'document'>): string {
  const parts = [m.docType, m.typeCode, m.number && `số ${m.number}`, m.symbol, m.plenums && `TW ${m.plenums.join(', ')}`, m.terms && `khóa ${m.terms.join(', ')}`, m.issuer && `của ${m.issuer}`, m.date];
  return parts.filter(Boolean).join(' · ');
}

export function pretty(result: Extraction): string {
  const lines = [`# ${result.id ?? '(no id)'}${result.referenceDate ? `  (reference date ${result.referenceDate})` : ''}`];
  lines.push('', 'People');
  if (result.people.length === 0) lines.push('  (none)');
  for (const p of result.people) {
    lines.push(`  ${p.name}`);
    for (const pos of p.positions) lines.push(`    - ${pos.text}`);
  }
  for (const section of SECTIONS) {
    const found = result.mentions.filter((m) => m.type === section.type);
    if (found.length === 0) continue;
    lines.push('', `${section.title} (${found.length})`);
    const width = Math.min(48, Math.max(...found.map((m) => m.text.length)));
    for (const m of found) lines.push(`  ${m.text.replace(/\s+/g, ' ').padEnd(width)}  → ${section.describe(m as never)}`);
  }
  return lines.join('\n') + '\n';
}
