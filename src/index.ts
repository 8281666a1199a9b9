/**
 * vnpol: structured records from Vietnamese political news.
 *
 *   import { extract } from 'vnpol';
 *   extract('Sáng 30/7, đồng chí Hoàng Trung Hải, Bí thư Thành ủy …', { referenceDate: '2019-07-30' });
 */
import { createPipeline, type ExtractFn, type ExtractOptions, type ExtractorOptions } from './pipeline.js';
import type { Extraction } from './schema/index.js';

export interface VnpolExtractor {
  extract: ExtractFn;
}

/** An extractor with its patterns compiled once: reuse it across many articles. */
export function createExtractor(options: ExtractorOptions = {}): VnpolExtractor {
  const run = createPipeline(options);
  return { extract: run };
}

let shared: VnpolExtractor | undefined;

/** Extract every record from one article (uses a shared default extractor). */
export function extract(text: string, options: ExtractOptions = {}): Extraction {
  shared ??= createExtractor();
  return shared.extract(text, options);
}

export { InputError, RuleError, DEFAULT_MAX_LENGTH } from './pipeline.js';
export type { ExtractOptions, ExtractorOptions, ExtractFn } from './pipeline.js';
export * from './schema/index.js';
export { normalize, canonical, type NormalizedText } from './text/normalize.js';
export { tokenize, type Token, type TokenKind } from './text/tokenize.js';
export { sentences, type Sentence } from './text/sentences.js';
export type { Candidate, Extractor, Refiner, Rule, RuleCorpus, CorpusExample, RefDate } from './extractors/types.js';
