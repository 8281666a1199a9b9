/**
 * The document-type and issuer-code lexicons (src/lexicon/*.json) turned into lookups and
 * sub-patterns. Type words match with either case of their first letter: a numbered "nghị
 * quyết số 15" is as specific as "Nghị quyết số 15".
 */
import docTypes from '../../lexicon/document-types.json' with { type: 'json' };
import issuerCodes from '../../lexicon/issuer-codes.json' with { type: 'json' };
import { oneOf, phrases } from '../../patterns/compose.js';
import { perArticle } from '../per-article.js';
import type { ExtractContext } from '../types.js';

export interface DocType {
  type: string;
  code?: string;
  words?: string[];
  issuer?: string;
  citedBy?: string;
  verb?: boolean;
}

const TYPES = docTypes.types as DocType[];
const BY_WORD = new Map<string, DocType>();
for (const t of TYPES) for (const w of t.words ?? [t.type]) BY_WORD.set(w.toLowerCase(), t);

/** Every word (phrase) that names a type. */
const ALL_WORDS = TYPES.flatMap((t) => t.words ?? [t.type]);
/** Every type word, for numbered references ("Kế hoạch số 155", "Luật số 45/2019/QH14"). */
export const typeWord = phrases(ALL_WORDS, true);
/** Types cited by name; the name must be capitalized ("Luật Đất đai", not "luật pháp"). */
export const namedTypeWord = oneOf(TYPES.filter((t) => t.citedBy === 'name').flatMap((t) => t.words ?? [t.type]));

/** The type named by a word as written ("văn bản" → Công văn). */
export function docTypeOf(word: string): DocType | undefined {
  return BY_WORD.get(word.replace(/\s+/g, ' ').toLowerCase());
}

export const LAW_NAME_STOPS = new Set(docTypes.lawNameStops);
export const NOT_LAW_WORDS = new Set(docTypes.notLawWords);
export const LAW_NAME_STOP_PAIRS = new Set(docTypes.lawNameStopPairs);

/** Types by official code, for a code that names one type only ("TT" is Thông tri and Thông tư). */
const BY_CODE = new Map<string, DocType | null>();
for (const t of TYPES) if (t.code) BY_CODE.set(t.code.toUpperCase(), BY_CODE.has(t.code.toUpperCase()) ? null : t);

/** The one type an official code names, if it names one. */
export function docTypeOfCode(code: string): DocType | undefined {
  return BY_CODE.get(code.toUpperCase()) ?? undefined;
}

/** Official type codes, to tell "NQ-UBTVQH13" (type code, issuer) from "BCA-V03" (issuer, unit). */
export const TYPE_CODES = new Set(TYPES.flatMap((t) => (t.code ? [t.code.toUpperCase()] : [])));

const CODES = issuerCodes.codes as Record<string, string>;
const ALTERNATIVES = issuerCodes.alternatives as Record<string, string[]>;
/** The issuer codes by their upper case, the first of the lexicon's spellings for each. */
const CODE_KEYS = new Map<string, string>();
for (const k of Object.keys(CODES)) if (!CODE_KEYS.has(k.toUpperCase())) CODE_KEYS.set(k.toUpperCase(), k);

function withoutTermNumber(code: string): string {
  let end = code.length;
  while (end > 0 && code[end - 1]! >= '0' && code[end - 1]! <= '9') end--;
  return code.slice(0, end);
}

/**
 * The body an issuer code names. A code with alternatives (TU: Tỉnh ủy or Thành ủy) takes the
 * one the article itself uses most; a term number (QH13, UBTVQH14) is not part of the code.
 */
export function issuerOfCode(code: string, uses: UsesIn): string | undefined {
  const bare = withoutTermNumber(code);
  const key = CODE_KEYS.get(bare.toUpperCase());
  if (!key) return departmentOfCode(bare);
  const choices = ALTERNATIVES[key];
  if (!choices) return CODES[key];
  return choices.reduce((best, c) => (uses(c) > uses(best) ? c : best));
}

/** How many times the article uses a body's name. */
export type UsesIn = (name: string) => number;

/** Counts per article, each counted once: a record of many symbols counted the whole text for each (quadratic). */
export const usesIn: (ctx: ExtractContext) => UsesIn = perArticle(occurrences);

/** How many times `name` (not empty) occurs in `text`, side by side, without splitting the text. */
function occurrences(text: string, name: string): number {
  let n = 0;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) n++;
  return n;
}

/**
 * A provincial department's code is its ministry's with S for B ("STNMT" beside "BTNMT"):
 * the Sở Tài nguyên và Môi trường.
 */
function departmentOfCode(code: string): string | undefined {
  if (!/^S/i.test(code)) return undefined;
  const ministry = CODE_KEYS.get(`B${code.slice(1)}`.toUpperCase());
  const name = ministry ? CODES[ministry]! : '';
  return name.startsWith('Bộ ') ? `Sở ${name.slice(3)}` : undefined;
}

/** Heads of issuing bodies ("Bộ Chính trị", "Ban", "Ủy ban", "Thành ủy"), longest first. */
export const bodyHead = oneOf(issuerCodes.bodyHeads);
