/**
 * vnpol/vntk: person names proposed by vntk's CRF named-entity tagger, added to what the rules
 * found. Optional and off by default: vntk is an optional peer dependency with native add-ons
 * (crfsuite), so it is loaded only when asked for. See docs/vntk.md for what it adds and costs.
 *
 *   import { createVntkExtractor } from 'vnpol/vntk';
 *   const extractor = await createVntkExtractor();
 *   extractor.extract(text);
 */
import { nameFrom } from './extractors/person/names.js';
import { createPipeline, type ExtractOptions, type ExtractorOptions } from './pipeline.js';
import type { Extraction, Mention, Person } from './schema/index.js';
import { sentences } from './text/sentences.js';

/** vntk's tagger: one row per word, `[word, posTag, chunkTag, nerTag]`. */
export interface NerTagger {
  tag(text: string): string[][];
}

interface Span {
  start: number;
  end: number;
}

/** Load vntk's NER tagger; throws with an install hint when vntk is missing. */
export async function loadVntkTagger(): Promise<NerTagger> {
  const specifier = 'vntk';
  let mod: { default?: unknown };
  try {
    mod = (await import(specifier)) as { default?: unknown };
  } catch (err) {
    throw new Error(`vnpol/vntk needs the optional peer dependency vntk: npm install vntk (${err instanceof Error ? err.message : String(err)})`);
  }
  const vntk = (mod.default ?? mod) as { ner(): NerTagger };
  return vntk.ner();
}

/** Offsets of NFC text in the string it was normalized from, per code point cluster. */
function nfcOffsets(input: string): { text: string; toInput(i: number): number } {
  const nfc = input.normalize('NFC');
  if (nfc === input) return { text: input, toInput: (i) => i };
  const map: number[] = [];
  let original = 0;
  let i = 0;
  for (const cluster of input.match(/\P{M}\p{M}*|\p{M}+/gsu) ?? []) {
    for (let k = cluster.normalize('NFC').length; k > 0; k--) map[i++] = original;
    original += cluster.length;
  }
  map.push(input.length);
  return { text: nfc, toInput: (k) => map[k] ?? input.length };
}

/** Spans the tagger marks as persons (B-PER, I-PER …), located in `text`. */
export function taggedPersons(text: string, tagger: NerTagger): Span[] {
  // vntk's tagging time grows faster than the text: one sentence at a time is several times quicker.
  return sentences(text).flatMap((s) => taggedInSentence(s.text, tagger).map((p) => ({ start: s.start + p.start, end: s.start + p.end })));
}

function taggedInSentence(text: string, tagger: NerTagger): Span[] {
  const spans: Span[] = [];
  let cursor = 0;
  let open: Span | undefined;
  for (const [word = '', , , tag = 'O'] of tagger.tag(text)) {
    const at = text.indexOf(word, cursor);
    if (at < 0) continue;
    cursor = at + word.length;
    if (tag === 'B-PER' || (tag === 'I-PER' && !open)) {
      if (open) spans.push(open);
      open = { start: at, end: cursor };
    } else if (tag === 'I-PER' && open) {
      open.end = cursor;
    } else if (open) {
      spans.push(open);
      open = undefined;
    }
  }
  if (open) spans.push(open);
  return spans;
}

/** A proposed name: two to five capitalized syllables. */
const NAME = /^\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){1,4}$/u;
/** Mentions a proposed name may not overlap: the rules' own reading of the same words. */
const TAKEN = new Set<Mention['type']>(['person', 'organization', 'location', 'title', 'document', 'event']);

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Remap mention indices (people[].mentions, documents[].mentions) after inserting mentions. */
function reindex(list: number[] | undefined, newIndex: readonly number[]): number[] | undefined {
  return list?.map((i) => newIndex[i]!);
}

export interface VntkOptions {
  /**
   * Keep only proposals the rules' own name grammar accepts without a cue (a surname first, not
   * a place, not after "tư tưởng", "đường", "Bác" …). Default true: vntk alone proposes places
   * and epithets ("Nam Đàn", "Bác Hồ") as persons.
   */
  grammar?: boolean;
}

/** Does the name grammar read the same span as a name? */
function grammatical(text: string, span: Span): boolean {
  const found = nameFrom(text, span.start);
  return !!found && found.start === span.start && found.end === span.end;
}

/**
 * Add the tagger's person names that no rule-made mention covers. Each new name is a person
 * of its own (or joins the person of the same name), with no positions.
 */
export function addTaggedPersons(input: string, result: Extraction, tagger: NerTagger, options: VntkOptions = {}): Extraction {
  const { text, toInput } = nfcOffsets(input);
  const taken = result.mentions.filter((m) => TAKEN.has(m.type));
  const people: Person[] = result.people.map((p) => ({ ...p }));
  const byName = new Map(people.map((p, i) => [p.name.normalize('NFC').toLowerCase(), i]));
  const added: Mention[] = [];
  for (const span of taggedPersons(text, tagger)) {
    const name = text.slice(span.start, span.end);
    const at = { start: toInput(span.start), end: toInput(span.end) };
    if (!NAME.test(name) || taken.some((m) => overlaps(m, at)) || added.some((m) => overlaps(m, at))) continue;
    if (options.grammar !== false && !grammatical(text, span)) continue;
    const key = name.toLowerCase();
    let personIndex = byName.get(key);
    if (personIndex === undefined) {
      personIndex = people.push({ name, positions: [] }) - 1;
      byName.set(key, personIndex);
    }
    added.push({ type: 'person', ...at, text: input.slice(at.start, at.end), name, personIndex });
  }
  if (!added.length) return result;
  const all = [...result.mentions.map((m, i) => ({ m, old: i })), ...added.map((m) => ({ m, old: -1 }))];
  all.sort((a, b) => a.m.start - b.m.start || b.m.end - a.m.end);
  const newIndex: number[] = [];
  all.forEach(({ old }, i) => {
    if (old >= 0) newIndex[old] = i;
  });
  const mentions = all.map(({ m }) => m);
  const lists = people.map((): number[] => []);
  mentions.forEach((m, i) => {
    if ((m.type === 'person' || m.type === 'title') && m.personIndex !== undefined) lists[m.personIndex]!.push(i);
  });
  return {
    ...result,
    mentions,
    people: people.map((p, i) => (lists[i]!.length ? { ...p, mentions: lists[i] } : p)),
    ...(result.documents ? { documents: result.documents.map((d) => ({ ...d, mentions: reindex(d.mentions, newIndex)! })) } : {}),
  };
}

/** An extractor whose person names are completed by vntk's tagger. */
export async function createVntkExtractor(
  options: ExtractorOptions & VntkOptions = {},
): Promise<{ extract(text: string, callOptions?: ExtractOptions): Extraction }> {
  const tagger = await loadVntkTagger();
  const { one } = createPipeline(options);
  return { extract: (text, callOptions) => addTaggedPersons(text, one(text, callOptions), tagger, options) };
}
