/**
 * The output contract of SPEC.md §1 as zod schemas. Public types are `z.infer` of these,
 * so the schema, the types and the JSON Schema (`vnpol schema`) cannot drift apart.
 * Added fields (ids, links, rule ids) are optional extensions the spec allows.
 */
import { z } from 'zod';

const span = {
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  /** Id of the rule that produced the mention (only with `explain`). */
  rule: z.string().optional(),
};

export const PersonMention = z.object({
  ...span,
  type: z.literal('person'),
  name: z.string(),
  /** Index into `people` of the person this mention names. */
  personIndex: z.number().int().nonnegative().optional(),
});

export const OrganizationMention = z.object({
  ...span,
  type: z.literal('organization'),
  name: z.string(),
  canonical: z.string().optional(),
});

export const LocationMention = z.object({
  ...span,
  type: z.literal('location'),
  name: z.string(),
});

export const DocumentMention = z.object({
  ...span,
  type: z.literal('document'),
  docType: z.string(),
  typeCode: z.string().optional(),
  number: z.string().optional(),
  symbol: z.string().optional(),
  issuer: z.string().optional(),
  date: z.string().optional(),
  plenums: z.array(z.number().int()).optional(),
  terms: z.array(z.string()).optional(),
  /** Id shared by every mention of the same document in one article. */
  documentId: z.string().optional(),
});

export const CountMention = z.object({
  ...span,
  type: z.literal('count'),
  value: z.number(),
  unit: z.string(),
  approx: z.enum(['over', 'under', 'about']).optional(),
});

export const PartOfDay = z.enum(['morning', 'noon', 'afternoon', 'evening', 'night']);

export const DateMention = z.object({
  ...span,
  type: z.literal('date'),
  value: z.string().nullable(),
  mod: z.enum(['start', 'mid', 'end']).optional(),
  partOfDay: PartOfDay.optional(),
});

export const EventMention = z.object({
  ...span,
  type: z.literal('event'),
  kind: z.enum(['congress', 'plenum', 'session', 'conference']),
  ordinal: z.number().int().optional(),
  body: z.string().optional(),
  terms: z.array(z.string()).optional(),
});

/**
 * A title standing for its holder: before a name ("Bí thư Thành ủy Hoàng Trung Hải") or
 * alone ("Đồng chí Bí thư Thành ủy" later in the article). An extension of SPEC §1.
 */
export const TitleMention = z.object({
  ...span,
  type: z.literal('title'),
  title: z.string(),
  organization: z.string().optional(),
  personIndex: z.number().int().nonnegative().optional(),
});

export const Mention = z.discriminatedUnion('type', [
  PersonMention,
  OrganizationMention,
  LocationMention,
  DocumentMention,
  CountMention,
  DateMention,
  EventMention,
  TitleMention,
]);

export const Position = z.object({
  text: z.string(),
  title: z.string(),
  organization: z.string().optional(),
});

export const Person = z.object({
  name: z.string(),
  positions: z.array(Position),
  /** Indices into `mentions` of the person and title mentions that refer to this person. */
  mentions: z.array(z.number().int().nonnegative()).optional(),
});

/** One distinct document of the article, with the indices of all its mentions. */
export const DocumentEntity = z.object({
  id: z.string(),
  docType: z.string(),
  typeCode: z.string().optional(),
  number: z.string().optional(),
  symbol: z.string().optional(),
  issuer: z.string().optional(),
  date: z.string().optional(),
  plenums: z.array(z.number().int()).optional(),
  terms: z.array(z.string()).optional(),
  mentions: z.array(z.number().int().nonnegative()),
});

export const Extraction = z.object({
  id: z.string().optional(),
  referenceDate: z.string().optional(),
  mentions: z.array(Mention),
  people: z.array(Person),
  documents: z.array(DocumentEntity).optional(),
  /** The plain text the offsets point into, when it is not the input as given (CLI HTML input). */
  text: z.string().optional(),
});

/** A record the CLI could not process: it stands in the output where the Extraction would. */
export const ErrorRecord = z.object({
  id: z.string().optional(),
  error: z.string(),
  /** The rule that threw, when one did. */
  rule: z.string().optional(),
});

export type PersonMention = z.infer<typeof PersonMention>;
export type OrganizationMention = z.infer<typeof OrganizationMention>;
export type LocationMention = z.infer<typeof LocationMention>;
export type DocumentMention = z.infer<typeof DocumentMention>;
export type CountMention = z.infer<typeof CountMention>;
export type DateMention = z.infer<typeof DateMention>;
export type EventMention = z.infer<typeof EventMention>;
export type Mention = z.infer<typeof Mention>;
export type MentionType = Mention['type'];
export type Position = z.infer<typeof Position>;
export type Person = z.infer<typeof Person>;
export type DocumentEntity = z.infer<typeof DocumentEntity>;
export type TitleMention = z.infer<typeof TitleMention>;
export type Extraction = z.infer<typeof Extraction>;
export type ErrorRecord = z.infer<typeof ErrorRecord>;

export const MENTION_TYPES = ['person', 'organization', 'location', 'document', 'count', 'date', 'event', 'title'] as const;

/** JSON Schema (draft 2020-12) of one output line: an Extraction or an error record. */
export function jsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(z.union([Extraction, ErrorRecord]), { target: 'draft-2020-12' }) as Record<string, unknown>;
}
