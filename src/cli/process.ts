/**
 * A batch of input items → their output texts, in order. The same function runs in the main
 * thread (`--workers 1`) and in every worker, which is what makes the output of any number of
 * workers byte-identical. A batch is read with `extractMany` (each rule over all its articles
 * in turn); an item that fails becomes an error record in its place.
 */
import { createExtractor, type VnpolExtractor } from '../index.js';
import { RuleError, type ExtractOptions } from '../pipeline.js';
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
  process(items: readonly Item[]): Processed[];
}

/** An item ready for the extractor, or its error record already. */
type Prepared = { article: { text: string } & ExtractOptions; html: boolean } | { done: Processed };

export function createProcessor(options: ProcessOptions, extractor: Pick<VnpolExtractor, 'extractMany'> = createExtractor({ types: options.types, explain: options.explain })): Processor {
  const prepare = (item: Item): Prepared => {
    const record = toRecord(item);
    if (record.error !== undefined) return { done: errorRecord(record.id, record.error, undefined, options.format) };
    try {
      const text = item.html ? htmlToText(record.text!) : record.text!;
      return { article: { text, id: record.id, referenceDate: options.referenceDate ?? record.referenceDate }, html: item.html };
    } catch (err) {
      return { done: failed(record.id, err, options.format) };
    }
  };
  return {
    process(items) {
      const prepared = items.map(prepare);
      const articles = prepared.flatMap((p) => ('article' in p ? [p.article] : []));
      const results = extractor.extractMany(articles);
      let next = 0;
      return prepared.map((p) => {
        if ('done' in p) return p.done;
        const result = results[next++]!;
        if ('error' in result) return failed(p.article.id, result.error, options.format);
        if (p.html) (result as Extraction & { text?: string }).text = p.article.text;
        return { out: render(result, options.format) };
      });
    },
  };
}

function failed(id: string | undefined, err: unknown, format: OutputFormat): Processed {
  const rule = err instanceof RuleError || (err as RuleError | null)?.name === 'RuleError' ? (err as RuleError).ruleId : undefined;
  return errorRecord(id, err instanceof Error ? err.message : String(err), rule, format);
}

function render(result: Extraction, format: OutputFormat): string {
  if (format === 'pretty') return `${pretty(result)}\n`;
  if (format === 'csv') return csvRows(result.id ?? '', result.mentions);
  return `${JSON.stringify(result)}\n`;
}

export type { Mention };
