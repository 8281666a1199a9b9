/**
 * The shape every extractor follows: rules as data. A rule has an id, a pattern built from
 * named sub-patterns, and an `extract` that turns one match into zero or more candidate
 * mentions. Candidates carry offsets into the NORMALIZED text; the pipeline maps them back.
 */
import type { Match } from '../patterns/compose.js';
import type { Trigger } from '../patterns/scan.js';
import type { Mention, MentionType, Person } from '../schema/index.js';

/** A calendar date the article is read against (the day it was published). */
export interface RefDate {
  year: number;
  month: number;
  day: number;
}

export interface ExtractContext {
  /** The normalized text the patterns run on. */
  readonly text: string;
  readonly referenceDate?: RefDate;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * A mention before offsets are mapped back: `text` is filled in by the pipeline. `rule` names
 * the rule that made it; `priority` breaks ties in overlap resolution (higher wins).
 */
export type Candidate = DistributiveOmit<Mention, 'text'> & {
  rule: string;
  priority?: number;
  /** Private working data for refiners (dropped from the output). */
  meta?: Record<string, unknown>;
};

/** The candidates of one record type, as the refiners that work on that type take them. */
export type PersonCandidate = Extract<Candidate, { type: 'person' }>;
export type TitleCandidate = Extract<Candidate, { type: 'title' }>;
export type OrganizationCandidate = Extract<Candidate, { type: 'organization' }>;
export type DateCandidate = Extract<Candidate, { type: 'date' }>;

export interface Rule {
  /** Stable id, `type.name` ("date.numeric-dmy"), reported with `explain`. */
  id: string;
  /** A global pattern. */
  pattern: RegExp;
  /**
   * Where matches may be: words, a cheap pattern or a finder of starts (patterns/scan.ts); the
   * rule is tried only there. Without one, a pattern that opens with `B` is given the words it
   * starts with (extractors/index.ts).
   */
  trigger?: Trigger;
  extract(match: Match, ctx: ExtractContext): Candidate | Candidate[] | null | undefined;
}

export interface Extractor {
  type: MentionType;
  rules: readonly Rule[];
}

/** The working state refiners pass along. */
export interface Draft {
  mentions: Candidate[];
  people: Person[];
}

export interface Refiner {
  id: string;
  refine(draft: Draft, ctx: ExtractContext): Draft;
}

/**
 * An example in a rule corpus: the phrase must yield exactly one mention of the given type
 * covering `text` (or `span`, a part of it), with `expect`'s fields. Negatives yield none.
 */
export interface CorpusExample {
  text: string;
  span?: string;
  expect: Record<string, unknown>;
  referenceDate?: string;
}

export interface RuleCorpus {
  type: MentionType;
  /** Reference date for every example unless one sets its own. */
  referenceDate: string;
  examples: readonly CorpusExample[];
  /** Phrases that must yield no mention of this type. */
  negatives: readonly string[];
}
