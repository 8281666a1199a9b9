/**
 * Running a rule's pattern over a text, fast. Most patterns are dear to try at every position
 * (a Unicode look-behind, then alternatives that start with common letters), and most rules
 * match a few times in an article. So a rule may name a trigger: a cheap native pattern that
 * matches inside every match of the rule, starting at most `lookback` characters after the
 * match's start (a keyword such as "quý" or "Tết", a numeric date "30/7"). The full pattern is
 * then tried only in the `lookback` characters before each trigger hit, and the matches are
 * those a scan of the whole text finds. test/scan.test.ts checks that on the corpora.
 * A trigger may also be words (patterns/word-index.ts), found for all rules in one pass, each
 * word with its own lookback. A pattern trigger's hits are found once per text, for all the
 * rules that share it (the numeric date).
 *
 * A prefix longer than `lookback` (a run of spaces inside "Sáng     30/7") is not taken in:
 * the match then starts later, as if the prefix were absent.
 */
import type { Groups, Match } from './compose.js';
import { hitsIn, indexWords, isCurrent, type WordHits, type WordIndex, type WordTrigger } from './word-index.js';

export interface PatternTrigger {
  /** A native pattern (no XRegExp syntax); its flags other than `i`, `m`, `s` and `u` are ignored. */
  readonly pattern: RegExp;
  /** The most characters between the start of a match and its trigger hit. */
  readonly lookback: number;
}

/** Where a rule's matches may start, found by a loop over the text's characters where a regex scan is slow (a big class at every position). */
export interface StartsTrigger {
  /** Every start of a match, in order (more are allowed: the pattern decides at each). */
  readonly starts: (text: string) => readonly number[];
}

/** A trigger is a pattern, words looked up in one pass for all rules (patterns/word-index.ts), or a finder of starts. */
export type Trigger = PatternTrigger | WordTrigger | StartsTrigger;

interface Compiled {
  /** The pattern as a native global RegExp. */
  readonly whole: RegExp;
  /** Windows by lookback, sticky: up to that many characters skipped lazily, then the pattern as group 1 (the pattern alone for none). */
  readonly windows: Map<number, RegExp>;
  /** Capture names by group number − 1 (XRegExp keeps named groups out of the native source). */
  readonly names: readonly (string | null)[];
}

const compiled = new WeakMap<RegExp, Compiled>();

function flagsOf(pattern: RegExp, add: string): string {
  return pattern.flags.replace(/[gyd]/g, '') + add;
}

function compile(pattern: RegExp): Compiled {
  let c = compiled.get(pattern);
  if (!c) {
    const data = (pattern as RegExp & { xregexp?: { captureNames?: (string | null)[] | null } }).xregexp;
    c = { whole: new RegExp(pattern.source, flagsOf(pattern, 'g')), windows: new Map(), names: data?.captureNames ?? [] };
    compiled.set(pattern, c);
  }
  return c;
}

/** The window regex; with no lookback the pattern itself, sticky (no wrapping group to copy the match out of). */
function windowOf(pattern: RegExp, lookback: number): RegExp {
  if (!lookback) return new RegExp(pattern.source, flagsOf(pattern, 'y'));
  return new RegExp(`[\\s\\S]{0,${lookback}}?(${shiftBackreferences(pattern.source)})`, flagsOf(pattern, 'y'));
}

/** Inside the window the pattern is group 1, so its backreferences (`\\k<unit>`, compiled to `\\2`) count one more. */
function shiftBackreferences(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const digits = /^[1-9]\d*/.exec(source.slice(i + 1, i + 4))?.[0];
      if (digits && !inClass) {
        out += `\\${Number(digits) + 1}`;
        i += digits.length;
      } else {
        out += c + (source[i + 1] ?? '');
        i++;
      }
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c;
  }
  return out;
}

function windowFor(c: Compiled, pattern: RegExp, lookback: number): RegExp {
  let w = c.windows.get(lookback);
  if (!w) c.windows.set(lookback, (w = windowOf(pattern, lookback)));
  return w;
}

/** Each trigger pattern as a global regex, compiled once. */
const scanners = new WeakMap<RegExp, RegExp>();

/** Where a trigger pattern matches in a text: every start, overlapping ones too (the scan asks for the first hit at or after any position). */
function patternHits(trigger: PatternTrigger, text: string): number[] {
  let scanner = scanners.get(trigger.pattern);
  if (!scanner) scanners.set(trigger.pattern, (scanner = new RegExp(trigger.pattern.source, flagsOf(trigger.pattern, 'g'))));
  const at: number[] = [];
  for (let hit = (scanner.lastIndex = 0, scanner.exec(text)); hit; hit = scanner.exec(text)) {
    at.push(hit.index);
    scanner.lastIndex = hit.index + 1;
  }
  return at;
}

/**
 * What the triggers find in one text, found once and kept with it: the word index (every word
 * trigger in one pass) and the hits of each trigger pattern, for all the rules that share it.
 * The pipeline keeps one per article, so that a batch of articles can be read rule by rule; a
 * scan given none finds its trigger's hits for itself.
 */
export class TextHits {
  private index: WordIndex | undefined;
  private readonly byPattern = new Map<RegExp, readonly number[]>();

  constructor(readonly text: string) {}

  words(trigger: WordTrigger): WordHits {
    if (!this.index || !isCurrent(this.index)) this.index = indexWords(this.text);
    return hitsIn(this.index, trigger);
  }

  pattern(trigger: PatternTrigger): readonly number[] {
    let at = this.byPattern.get(trigger.pattern);
    if (!at) this.byPattern.set(trigger.pattern, (at = patternHits(trigger, this.text)));
    return at;
  }
}

/** A native match as the rules see it: `index`, `[0]`, named `groups`; `shift` drops a wrapping group. */
function toMatch(raw: RegExpExecArray, names: readonly (string | null)[], shift: number, text: string): Match {
  const m = (shift ? raw.slice(shift) : raw) as unknown as Match;
  const groups: Groups = {};
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    if (name) groups[name] = m[i + 1];
  }
  m.index = shift ? raw.index + raw[0].length - m[0]!.length : raw.index;
  m.input = text;
  (m as { groups: Groups }).groups = groups;
  return m;
}

/** Every match of `pattern` in `text` from `from` on, left to right, as a global scan finds them; `hits`: what the triggers found in `text` so far. */
export function* scan(pattern: RegExp, text: string, trigger?: Trigger, from = 0, hits?: TextHits): Generator<Match> {
  if (trigger) {
    const found: Match[] = [];
    eachMatch(pattern, text, trigger, hits ?? new TextHits(text), (m) => found.push(m), from);
    yield* found;
    return;
  }
  const c = compile(pattern);
  const re = c.whole;
  let pos = from;
  for (;;) {
    re.lastIndex = pos;
    const raw = re.exec(text);
    if (!raw) return;
    pos = raw.index + (raw[0].length || 1);
    yield toMatch(raw, c.names, 0, text);
  }
}

/**
 * `visit` with every match of a triggered pattern, as `scan` finds them: the pipeline's loop,
 * without a generator's resume and suspend at every match (two of them through `yield*`).
 */
export function eachMatch(pattern: RegExp, text: string, trigger: Trigger, hits: TextHits, visit: (m: Match) => void, from = 0): void {
  const c = compile(pattern);
  if ('starts' in trigger) tryHits(pattern, c, text, trigger.starts(text), 0, undefined, from, visit);
  else if ('words' in trigger) {
    const words = hits.words(trigger);
    tryHits(pattern, c, text, words.at, words.lookback, trigger.confirm, from, visit);
  } else tryHits(pattern, c, text, hits.pattern(trigger), trigger.lookback, undefined, from, visit);
}

function confirmed(confirm: RegExp | undefined, text: string, at: number): boolean {
  if (!confirm) return true;
  confirm.lastIndex = at;
  return confirm.test(text);
}

/** The pattern tried in the window before each hit, in order; `lookback` by hit, or one for all. */
function tryHits(pattern: RegExp, c: Compiled, text: string, hits: readonly number[], lookbacks: readonly number[] | number, confirm: RegExp | undefined, from: number, visit: (m: Match) => void): void {
  // Every start before `pos` is settled: matched already, or shown not to match.
  let pos = from;
  for (let k = 0; k < hits.length; k++) {
    const at = hits[k]!;
    if (at < pos || !confirmed(confirm, text, at)) continue;
    const lookback = typeof lookbacks === 'number' ? lookbacks : lookbacks[k]!;
    const start = Math.max(pos, at - lookback);
    const window = windowFor(c, pattern, lookback);
    window.lastIndex = start;
    const raw = window.exec(text);
    if (!raw) {
      pos = start + lookback + 1;
      continue;
    }
    const m = toMatch(raw, c.names, lookback ? 1 : 0, text);
    pos = m.index + (m[0].length || 1);
    visit(m);
  }
}
