/**
 * Pattern composition on top of XRegExp. XRegExp compiles `\p{L}` to explicit character
 * classes, which V8 matches several times faster than native `\p{…}` with the `u` flag in
 * look-behinds (measured: 1.6 GB/s vs 0.3 GB/s on the dev corpus), and `build` lets a rule
 * be written from named sub-patterns: `{{number}}-{{code}}/{{issuer}}`.
 * Word boundaries are Unicode-aware look-arounds: JavaScript's `\b` and `\w` treat "á" as
 * a non-letter, so they would match inside "Sáng".
 */
import XRegExp from 'xregexp';
import { leadingWords, wordsAfter } from './leading-words.js';
import { scan, type Trigger } from './scan.js';
import { phraseHead, wordTrigger, type WordTrigger } from './word-index.js';
import { lowerFirst, upperFirst } from '../text/case.js';

/** Start of a word: not preceded by a letter or digit. */
export const B = String.raw`(?<![\p{L}\p{N}\p{M}])`;
/** End of a word: not followed by a letter or digit. */
export const E = String.raw`(?![\p{L}\p{N}\p{M}])`;

/** Compile one pattern (XRegExp syntax: `\p{…}`, named groups, `x` for free spacing). */
export function xre(source: string, flags = ''): RegExp {
  return XRegExp(source, flags);
}

/** Compose a pattern from named sub-patterns: `{{name}}` is replaced by the sub-pattern. */
export function build(template: string, parts: Record<string, string | RegExp>, flags = ''): RegExp {
  return XRegExp.build(template, parts, flags);
}

/** An alternation of literal phrases, longest first so that "Phó Bí thư" beats "Bí thư". */
export function oneOf(phrases: readonly string[]): string {
  return prefixTree(
    [...new Set(phrases)].sort((a, b) => b.length - a.length).map((p) => [...p].map((c) => XRegExp.escape(c))),
  );
}

/**
 * Alternatives written as sequences of tokens (a letter, `[Nn]`, `\s+`), in their order of
 * preference, as one alternation whose shared beginnings are written once: `Ban\s+(?:Tổ|Bí)`.
 * V8 then reads a shared beginning once instead of once per alternative (lexicons of hundreds
 * of phrases, tried at every place a rule is). Tokens that stand at the same place must match
 * the same text or none in common, and a sequence must come before any of its own beginnings
 * (longest first); the alternation then matches as the plain one does. It does with the `i`
 * flag too, unless a sequence begins as another does in another case ("Phó" and "phó bí thư"):
 * their order would change, so those alternatives stay plain.
 */
export function prefixTree(alternatives: readonly (readonly string[])[]): string {
  if (!caseSafe(alternatives)) return alternatives.map((tokens) => tokens.join('')).join('|');
  interface Node {
    readonly next: Map<string, Node>;
    end: boolean;
  }
  const root: Node = { next: new Map(), end: false };
  for (const tokens of alternatives) {
    let node = root;
    for (const token of tokens) {
      let child = node.next.get(token);
      if (!child) node.next.set(token, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  const branches = (node: Node): string[] => {
    const out = [...node.next].map(([token, child]) => token + written(child));
    return node.end ? [...out, ''] : out;
  };
  const written = (node: Node): string => {
    const out = branches(node);
    return out.length === 1 ? out[0]! : `(?:${out.join('|')})`;
  };
  return branches(root).join('|');
}

/** A token as the `i` flag compares it: a letter or a letter's class (`[Nn]`) in upper case. */
function folded(token: string): string {
  const letter = /^\[(\p{Lu})(\p{Ll})\]$/u.exec(token)?.[1] ?? token;
  const upper = letter.toUpperCase();
  return [...letter].length === 1 && [...upper].length === 1 ? upper : letter;
}

/** No sequence begins, in any case, as another does without beginning so as written. */
function caseSafe(alternatives: readonly (readonly string[])[]): boolean {
  const key = (tokens: readonly string[]): string => tokens.join('\u0001');
  const spellings = new Map<string, Set<string>>();
  for (const tokens of alternatives) {
    const fold = key(tokens.map(folded));
    if (!spellings.has(fold)) spellings.set(fold, new Set());
    spellings.get(fold)!.add(key(tokens));
  }
  for (const tokens of alternatives) {
    for (let n = 1; n < tokens.length; n++) {
      const heads = spellings.get(key(tokens.slice(0, n).map(folded)));
      if (heads && (heads.size > 1 || !heads.has(key(tokens.slice(0, n))))) return false;
    }
  }
  return true;
}

/** Literal phrases as one alternation, longest first, a run of white space between words; `loose` lets each word's initial be either case. */
export function phrases(list: readonly string[], loose = false): string {
  return prefixTree(
    [...new Set(list)]
      .sort((a, b) => b.length - a.length)
      .map((p) => p.split(/\s+/).flatMap((w, i) => [...(i ? [String.raw`\s+`] : []), ...letters(w, loose)])),
  );
}

/** A word's letters as tokens of prefixTree, the first in either case if `loose`. */
function letters(word: string, loose: boolean): string[] {
  const chars = [...word];
  return chars.map((c, i) => (loose && i === 0 ? looseWord(c) : XRegExp.escape(c)));
}

/** "Ngân" → "[Nn]gân": a word whose initial may be either case, as news writes names and keywords. */
export function looseWord(word: string): string {
  const first = word[0]!;
  const lower = first.toLowerCase();
  const upper = first.toUpperCase();
  return lower === upper ? XRegExp.escape(word) : `[${upper}${lower}]${XRegExp.escape(word.slice(1))}`;
}

export type Groups = Record<string, string | undefined>;
export type Match = RegExpExecArray & { groups: Groups };

/** The first match of a (non-sticky) pattern, with named groups (XRegExp keeps them out of native exec). */
export function firstMatch(pattern: RegExp, text: string): Match | null {
  return scan(pattern, text).next().value ?? null;
}

/** Every match of a pattern, with named groups (XRegExp keeps them out of native exec). */
export function matches(pattern: RegExp, text: string, from = 0): Generator<Match> {
  return scan(pattern, text, undefined, from);
}

/**
 * A trigger (patterns/scan.ts) from a native source: `trigger(String.raw\`[Qq]uý\s\`, 8)`. A
 * keyword that starts a word ("quý", "Quý") is looked up in the word index and the source
 * confirmed there; any other source is scanned for.
 */
export function trigger(source: string, lookback: number): Trigger {
  const words = leadingWords(source);
  if (!words) return { pattern: new RegExp(source), lookback };
  return wordTrigger(new Map(words.map((w) => [w, lookback])), { confirm: new RegExp(source, 'y') });
}

/** How a word trigger compares: as spelled, or either case of each word's initial (`loose`), or any case (`anyCase`, for the `i` flag). */
export interface WordsOptions {
  /** Words a match holds further in, each with the most characters between the match's start and it. */
  inside?: Readonly<Record<string, number>>;
  loose?: boolean;
  anyCase?: boolean;
}

/**
 * The trigger of a pattern whose matches start with one of `phrases` (lexicon entries), the
 * spaces of a phrase standing for white space in the text: their first two words, looked up in
 * one pass (patterns/word-index.ts).
 */
export function firstWords(phrases: readonly string[], { inside = {}, loose = false, anyCase = false }: WordsOptions = {}): WordTrigger {
  const words = new Map<string, number>();
  const add = (word: string, lookback: number) => {
    for (const w of loose ? [upperFirst(word), lowerFirst(word)] : [word]) words.set(w, Math.max(lookback, words.get(w) ?? 0));
  };
  for (const phrase of phrases) {
    const head = phraseHead(phrase.trim());
    if (!head) throw new Error(`"${phrase}" does not start with a word`);
    add(head, 0);
  }
  for (const [word, lookback] of Object.entries(inside)) add(word, lookback);
  return wordTrigger(words, { anyCase });
}

/** `B` as XRegExp compiles it, the way patterns built from it open. */
let boundarySource: string | undefined;

/**
 * The trigger of a pattern that opens with the boundary `B` and a keyword ("Đại hội", "Trung
 * ương"): the keyword's spellings, in the word index; the pattern decides at each. Undefined
 * for any other pattern.
 */
export function boundaryWords(pattern: RegExp): WordTrigger | undefined {
  boundarySource ??= xre(B).source;
  const words = wordsAfter(boundarySource, pattern.source);
  return words ? wordTrigger(new Map(words.map((w) => [w, 0])), { anyCase: pattern.flags.includes('i') }) : undefined;
}
