/** The line that stands for a record that failed: {"id","error"}, plus "rule" when a rule threw. */
import { csvRows } from './csv.js';

export type OutputFormat = 'jsonl' | 'csv' | 'pretty';

export interface Processed {
  /** The text to write: whole lines. */
  out: string;
  /** Set for an error record: the message for stderr. */
  error?: string;
}

export function errorRecord(id: string | undefined, error: string, rule: string | undefined, format: OutputFormat): Processed {
  const result = { ...(id !== undefined ? { id } : {}), error, ...(rule !== undefined ? { rule } : {}) };
  const out = format === 'csv' ? csvRows(id ?? '', [], { rule, error }) : `${JSON.stringify(result)}\n`;
  return { out, error: `${id ?? '?'}: ${error}` };
}
