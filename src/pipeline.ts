/**
 * extractors → refiners in order → offsets mapped to the original → (optional) schema parse.
 * Everything compiled (patterns, lexicons) is built once per extractor and reused.
 */
import { extractors as defaultExtractors } from './extractors/index.js';
import type { Candidate, Draft, ExtractContext, Extractor, Refiner, Rule } from './extractors/types.js';
import type { Match } from './patterns/compose.js';
import { TextHits, eachMatch, scan } from './patterns/scan.js';
import { findDateline, formatRefDate, toReferenceDate } from './reference-date.js';
import { refiners as defaultRefiners } from './refiners/index.js';
import { DocumentEntity as DocumentEntitySchema, Extraction as ExtractionSchema, Mention as MentionSchema, type DocumentEntity, type Extraction, type Mention, type MentionType, type Person } from './schema/index.js';
import { normalize, type NormalizedText } from './text/normalize.js';

/** 64 Mi UTF-16 units (~128 MB of text): larger records are refused, not risked. */
export const DEFAULT_MAX_LENGTH = 64 * 1024 * 1024;

export interface ExtractorOptions {
  /** Record types to report (default: all). */
  types?: readonly MentionType[];
  /** Add the id of the producing rule to every mention. */
  explain?: boolean;
  /** Parse the result with the zod schema before returning it (default true). */
  validate?: boolean;
  /** Longest input accepted, in UTF-16 code units. */
  maxLength?: number;
  /** Replace the built-in extractors or refiners (advanced; for tests and extensions). */
  extractors?: readonly Extractor[];
  refiners?: readonly Refiner[];
}

export interface ExtractOptions {
  /** Date the article is read against ("2019-07-30" or a Date); else the article's dateline. */
  referenceDate?: string | Date;
  /** Echoed into the result. */
  id?: string;
}

/** An error thrown inside one rule, named so that a batch can report which rule failed. */
export class RuleError extends Error {
  constructor(
    readonly ruleId: string,
    override readonly cause: unknown,
  ) {
    super(`rule ${ruleId} failed: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'RuleError';
  }
}

export class InputError extends Error {
  override name = 'InputError';
}

export type ExtractFn = (text: string, options?: ExtractOptions) => Extraction;

/** An article of a batch: its text, or its text with the options of `extract`. */
export type BatchItem = string | ({ text: string } & ExtractOptions);

/** An article of a batch that could not be read: the error `extract` would have thrown. */
export interface ExtractionFailure {
  id?: string;
  error: Error;
}

export type BatchResult = Extraction | ExtractionFailure;

export type ExtractManyFn = (items: readonly BatchItem[]) => BatchResult[];

export interface Pipeline {
  one: ExtractFn;
  many: ExtractManyFn;
}

/** An article being read: its normalized text and what the rules and refiners made of it so far. */
interface Article {
  readonly norm: NormalizedText;
  readonly ctx: ExtractContext;
  /** What the triggers found in the text, kept while the rules run. */
  readonly hits: TextHits;
  readonly options: ExtractOptions;
  draft: Draft;
}

export function createPipeline(options: ExtractorOptions = {}): Pipeline {
  const types = options.types ? new Set(options.types) : undefined;
  const active = (options.extractors ?? defaultExtractors).filter((e) => !types || types.has(e.type) || needed(e.type));
  const rules = active.flatMap((e) => e.rules);
  const refiners = options.refiners ?? defaultRefiners;
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;

  const read = (input: unknown, callOptions: ExtractOptions): Article => {
    if (typeof input !== 'string') throw new InputError(`text must be a string, got ${input === null ? 'null' : typeof input}`);
    if (input.length > maxLength) throw new InputError(`text is ${input.length} characters long, over the limit of ${maxLength} (option maxLength)`);
    const norm = normalize(input);
    const referenceDate = toReferenceDate(callOptions.referenceDate) ?? findDateline(norm.text);
    return { norm, ctx: { text: norm.text, referenceDate }, hits: new TextHits(norm.text), options: callOptions, draft: { mentions: [], people: [] } };
  };

  const result = (article: Article): Extraction => {
    const { norm, ctx, draft, options: callOptions } = article;
    const mentions = draft.mentions.filter((c) => !types || types.has(c.type)).map((c) => toMention(c, norm, options.explain));
    const documents = documentEntities(mentions);
    const extraction: Extraction = {
      ...(callOptions.id !== undefined ? { id: callOptions.id } : {}),
      ...(ctx.referenceDate ? { referenceDate: formatRefDate(ctx.referenceDate) } : {}),
      mentions,
      people: types && !types.has('person') ? [] : withMentionIndices(draft.people, mentions),
      ...(documents.length ? { documents } : {}),
    };
    return options.validate === false ? extraction : ExtractionSchema.parse(extraction);
  };

  const one: ExtractFn = (input, callOptions = {}) => {
    const article = read(input, callOptions);
    for (const rule of rules) runRule(rule, article);
    for (const refiner of refiners) article.draft = runRefiner(refiner, article.draft, article.ctx);
    return result(article);
  };

  /**
   * Each rule over every article in turn, then each refiner: a rule's compiled pattern and
   * code are then run again while the processor still holds them, where article after article
   * would run every rule once from memory (20–30 % faster with a few dozen articles). An
   * article that fails is answered with its error; the others go on.
   */
  const many: ExtractManyFn = (items) => {
    const slots = items.map((item): Article | ExtractionFailure => {
      const { text, ...callOptions } = typeof item === 'string' ? { text: item } : item ?? {};
      return attempt(callOptions.id, () => read(text, callOptions));
    });
    const each = (step: (article: Article) => void) =>
      slots.forEach((slot, k) => {
        if ('error' in slot) return;
        try {
          step(slot);
        } catch (err) {
          slots[k] = failure(slot.options.id, err);
        }
      });
    for (const rule of rules) each((article) => runRule(rule, article));
    for (const refiner of refiners) {
      each((article) => {
        article.draft = runRefiner(refiner, article.draft, article.ctx);
      });
    }
    return slots.map((slot) => ('error' in slot ? slot : attempt(slot.options.id, () => result(slot))));
  };

  return { one, many };
}

/** What `run` returns, or the failure it threw. */
function attempt<T>(id: string | undefined, run: () => T): T | ExtractionFailure {
  try {
    return run();
  } catch (err) {
    return failure(id, err);
  }
}

function failure(id: string | undefined, err: unknown): ExtractionFailure {
  return { ...(id !== undefined ? { id } : {}), error: err instanceof Error ? err : new Error(String(err)) };
}

/** People's positions come from organizations and titles, so those run whenever persons are asked for. */
function needed(type: MentionType): boolean {
  return type === 'organization';
}

/** A rule's candidates in an article, added to its draft. */
function runRule(rule: Rule, article: Article): void {
  const { ctx, hits } = article;
  const out = article.draft.mentions;
  const take = (m: Match) => {
    const found = rule.extract(m, ctx);
    if (Array.isArray(found)) out.push(...found);
    else if (found) out.push(found);
  };
  try {
    if (rule.trigger) eachMatch(rule.pattern, ctx.text, rule.trigger, hits, take);
    else for (const m of scan(rule.pattern, ctx.text)) take(m);
  } catch (err) {
    throw err instanceof RuleError ? err : new RuleError(rule.id, err);
  }
}

function runRefiner(refiner: Refiner, draft: Draft, ctx: ExtractContext): Draft {
  try {
    return refiner.refine(draft, ctx);
  } catch (err) {
    throw err instanceof RuleError ? err : new RuleError(`refiner.${refiner.id}`, err);
  }
}

/** Each person lists the indices of the mentions (names, titles) linked to it by `personIndex`. */
function withMentionIndices(people: readonly Person[], mentions: readonly Mention[]): Person[] {
  const lists = people.map((): number[] => []);
  mentions.forEach((m, i) => {
    if ((m.type === 'person' || m.type === 'title') && m.personIndex !== undefined) lists[m.personIndex]?.push(i);
  });
  return people.map((p, i) => (lists[i]!.length ? { ...p, mentions: lists[i] } : p));
}

type DocumentMention = Extract<Mention, { type: 'document' }>;

/** A document's fields its mentions give, in the schema's order. */
const DOCUMENT_FIELDS = Object.keys(DocumentEntitySchema.shape).filter((k) => k !== 'id' && k !== 'mentions') as (keyof DocumentMention & keyof DocumentEntity)[];

/** The distinct documents: mentions sharing a `documentId`, their fields merged (the first mention that gives one), first mention first. */
function documentEntities(mentions: readonly Mention[]): DocumentEntity[] {
  const byId = new Map<string, { id: string; indices: number[]; members: DocumentMention[] }>();
  mentions.forEach((m, i) => {
    if (m.type !== 'document' || m.documentId === undefined) return;
    let entity = byId.get(m.documentId);
    if (!entity) byId.set(m.documentId, (entity = { id: m.documentId, indices: [], members: [] }));
    entity.indices.push(i);
    entity.members.push(m);
  });
  return [...byId.values()].map(({ id, indices, members }) => {
    const entity: Record<string, unknown> = { id };
    for (const field of DOCUMENT_FIELDS) {
      const value = members.find((m) => m[field] !== undefined)?.[field];
      if (value !== undefined) entity[field] = owned(value);
    }
    entity.mentions = indices;
    return entity as DocumentEntity;
  });
}

/** Each type's fields after the span (start, end, text, rule), in the schema's order: the order parse writes them in. */
const SPAN_FIELDS = new Set(['start', 'end', 'text', 'rule']);
const MENTION_FIELDS = new Map<string, readonly string[]>(
  MentionSchema.options.map((o) => [o.shape.type.value, Object.keys(o.shape).filter((k) => !SPAN_FIELDS.has(k))]),
);

/** The output owns its arrays, as it did when parse copied them: a candidate's may be shared. */
const owned = <T>(value: T): T => (Array.isArray(value) ? ([...value] as T) : value);

/** The candidate as a mention: offsets into the input, its text, and the fields of its type in the schema's order (`priority`, `meta` dropped). */
function toMention(c: Candidate, norm: NormalizedText, explain?: boolean): Mention {
  const start = norm.startOf(c.start);
  const end = norm.endOf(c.end);
  const mention: Record<string, unknown> = { start, end, text: norm.original.slice(start, end) };
  if (explain) mention.rule = c.rule;
  const fields = c as unknown as Record<string, unknown>;
  // An unknown type keeps only its tag, which the schema check then refuses.
  for (const key of MENTION_FIELDS.get(c.type) ?? ['type']) {
    const value = fields[key];
    if (value !== undefined || key in fields) mention[key] = owned(value);
  }
  return mention as Mention;
}
