/**
 * One input item → its output text. The same function runs in the main thread
 * (`--workers 1`) and in every worker, which is what makes the output of any number of
 * workers byte-identical.
 */
import { createExtractor } from '../index.js';
import { RuleError, type ExtractFn } from '../pipeline.js';
import type { Extraction, Mention, MentionType } from '../schema/index.js';
import { csvRows } from './csv.js';
import { errorRecord, type OutputFormat, type Processed } from './error-record.js';
import { htmlToText } from './html.js';
import { toRecord, type Item } from './input.js';
import { pretty } from './pretty.js';

export type { OutputFormat, Processed } from './error-record.js';
export { errorRecord } from './error-record.js';

/** What a worker needs to build its own extractor: plain data, cloneable. */
export interface ProcessOptions {
  types?: MentionType[];
  explain?: boolean;
  format: OutputFormat;
  /** Overrides every record's referenceDate. */
  referenceDate?: string;
}

export interface Processor {
  process(item: Item): Processed;
}

export function createProcessor(options: ProcessOptions, extract?: ExtractFn): Processor {
  const run = extract ?? createExtractor({ types: options.types, explain: options.explain }).extract;
  return {
    process(item) {
      const record = toRecord(item);
      if (record.error !== undefined) return errorRecord(record.id, record.error, undefined, options.format);
      try {
        const text = item.html ? htmlToText(record.text!) : record.text!;
        const result: Extraction & { text?: string } = run(text, { id: record.id, referenceDate: options.referenceDate ?? record.referenceDate });
        if (item.html) result.text = text;
        return { out: render(result, options.format) };
      } catch (err) {
        const rule = err instanceof RuleError || (err as RuleError | null)?.name === 'RuleError' ? (err as RuleError).ruleId : undefined;
        return errorRecord(record.id, err instanceof Error ? err.message : String(err), rule, options.format);
      }
    },
  };
}

function render(result: Extraction, format: OutputFormat): string {
  if (format === 'pretty') return `${pretty(result)}\n`;
  if (format === 'csv') return csvRows(result.id ?? '', result.mentions);
  return `${JSON.stringify(result)}\n`;
}

export type { Mention };
