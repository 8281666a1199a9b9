/**
 * One pass over a text that finds, for every word trigger at once, the words it is waiting for.
 * A regex trigger that is an alternation of hundreds of lexicon words ("Hà", "Bí", "Sở" …) is
 * itself dear: the engine tries the alternation at every position, once per rule. Here each
 * word of the text (a run of letters, digits and marks, as the boundary `B` sees them) is read
 * once, through one trie of all the trigger words of all rules, in case-folded form.
 *
 * A trigger word is a prefix of a word of the text, as a regex trigger's hit would be: "UBND"
 * is hit in "UBNDtỉnh". The trie is walked in case-folded form (as a case-insensitive regex
 * folds: to upper case); a trigger of a case-sensitive rule then keeps only the hits spelled as
 * one of its words, since a rule is dear to try at a hit ("trường" of "thị trường" is no "Trường").
 */
import XRegExp from 'xregexp';

/** Words that start a match, each with the most characters between the match's start and it. */
export interface WordTrigger {
  readonly words: ReadonlyMap<string, number>;
  /** Hit in any case (for a rule with the `i` flag); else only as spelled. */
  readonly anyCase: boolean;
  /** A sticky pattern a hit must match where it starts: a keyword's rest ("quý" of `[Qq]uý\s`). */
  readonly confirm?: RegExp;
}

/** Where a trigger's words start in one text, in order, with each hit's lookback. */
export interface WordHits {
  readonly at: number[];
  readonly lookback: number[];
}

interface TrieEnd {
  slot: number;
  lookback: number;
  /**
   * Hashes of the spellings a case-sensitive trigger takes here (undefined for any case),
   * compared with the hash of the word's characters read so far. A collision only adds a hit,
   * which the rule's pattern then refuses.
   */
  spellings?: number[];
}

interface TrieNode {
  readonly next: Map<number, TrieNode>;
  /** Triggers (by slot) that end a word here. */
  ends?: TrieEnd[];
}

const BMP = 0x10000;
let wordChar: Uint8Array | undefined;
let fold: Uint16Array | undefined;

/** [\p{L}\p{N}\p{M}] as XRegExp compiles it for `B`: a word starts where the character before is none of these. */
function wordChars(): Uint8Array {
  if (!wordChar) {
    const re = XRegExp(String.raw`^[\p{L}\p{N}\p{M}]$`);
    wordChar = new Uint8Array(BMP);
    for (let c = 0; c < BMP; c++) wordChar[c] = re.test(String.fromCharCode(c)) ? 1 : 0;
  }
  return wordChar;
}

/** A character as a case-insensitive (non-Unicode) regex compares it: its upper case, unless that leaves one code unit or turns non-ASCII into ASCII. */
function folding(): Uint16Array {
  if (!fold) {
    fold = new Uint16Array(BMP);
    for (let c = 0; c < BMP; c++) {
      const up = String.fromCharCode(c).toUpperCase();
      fold[c] = up.length === 1 && !(c >= 128 && up.charCodeAt(0) < 128) ? up.charCodeAt(0) : c;
    }
  }
  return fold;
}

const root: TrieNode = { next: new Map() };
let slots = 0;
/** Bumped when a trigger is added, so that an index built before it is not reused. */
let version = 0;
const slotOf = new WeakMap<WordTrigger, number>();

/** Register a trigger's words in the trie; each word must be one word of the text (letters, digits, marks). */
export function wordTrigger(words: ReadonlyMap<string, number>, { anyCase = false, confirm }: { anyCase?: boolean; confirm?: RegExp } = {}): WordTrigger {
  const chars = wordChars();
  const folded = folding();
  const trigger: WordTrigger = { words, anyCase, ...(confirm ? { confirm } : {}) };
  const slot = slots++;
  for (const [word, lookback] of words) {
    if (!word) throw new Error('a trigger word is empty');
    let node = root;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if (!chars[c]) throw new Error(`trigger word "${word}" is not one word`);
      const key = folded[c]!;
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = { next: new Map() }));
      node = child;
    }
    let end = node.ends?.find((e) => e.slot === slot);
    if (!end) (node.ends ??= []).push((end = { slot, lookback, ...(anyCase ? {} : { spellings: [] }) }));
    end.lookback = Math.max(end.lookback, lookback);
    const spelling = hashOf(word);
    if (end.spellings && !end.spellings.includes(spelling)) end.spellings.push(spelling);
  }
  slotOf.set(trigger, slot);
  version++;
  return trigger;
}

/** The first word of a phrase ("TP" of "TP.HCM", "Bà" of "Bà Rịa-Vũng Tàu"); empty if it starts with no letter or digit. */
export function leadingWord(phrase: string): string {
  const chars = wordChars();
  let end = 0;
  while (end < phrase.length && chars[phrase.charCodeAt(end)]) end++;
  return phrase.slice(0, end);
}

let cached: { text: string; version: number; hits: WordHits[] } | undefined;

/** The hits of `trigger` in `text`; the index of all triggers is built once per text. */
export function wordHits(text: string, trigger: WordTrigger): WordHits {
  if (!cached || cached.version !== version || cached.text !== text) cached = { text, version, hits: indexOf(text) };
  return cached.hits[slotOf.get(trigger)!]!;
}

function indexOf(text: string): WordHits[] {
  const { letter, width, next, ends } = denseTrie();
  const hits: WordHits[] = Array.from({ length: slots }, () => ({ at: [], lookback: [] }));
  // node: where the current word stands in the trie (0: the root, or off it); -1: between words.
  let node = -1;
  let wordStart = 0;
  let spelling = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const l = letter[c]!;
    if (l === NOT_WORD) {
      node = -1;
      continue;
    }
    if (node < 0) {
      node = 0;
      wordStart = i;
      spelling = 0;
    } else if (node === 0) continue;
    node = next[node * width + l]!;
    spelling = hashStep(spelling, c);
    const here = ends[node];
    if (here) for (const end of here) if (!end.spellings || end.spellings.includes(spelling)) record(hits[end.slot]!, wordStart, end.lookback);
  }
  return hits;
}

const hashStep = (hash: number, code: number): number => (Math.imul(hash, 31) + code) | 0;

function hashOf(word: string): number {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
  return hash;
}

/** The `letter` of a character that is no letter, digit or mark, and of one that is in no trigger word (it leads to no child). */
const NOT_WORD = 0;
const OTHER_LETTER = 1;

interface DenseTrie {
  /** Each character's class: NOT_WORD, OTHER_LETTER, or its folded letter numbered 2… among the letters of trigger words. */
  readonly letter: Uint8Array | Uint16Array;
  readonly width: number;
  /** next[node * width + letter]: the child, or 0 (the root is never a child). */
  readonly next: Int32Array;
  readonly ends: (TrieNode['ends'] | undefined)[];
}

let dense: { version: number; trie: DenseTrie } | undefined;

/** The trie as flat arrays: a lookup per character, no Map (3× faster on the dev corpus). */
function denseTrie(): DenseTrie {
  if (dense?.version === version) return dense.trie;
  const chars = wordChars();
  const folded = folding();
  const numbers = new Map<number, number>();
  const ids = new Map<TrieNode, number>([[root, 0]]);
  const order: TrieNode[] = [root];
  for (let k = 0; k < order.length; k++) {
    for (const [key, child] of order[k]!.next) {
      if (!numbers.has(key)) numbers.set(key, numbers.size + 2);
      ids.set(child, order.length);
      order.push(child);
    }
  }
  const width = numbers.size + 2;
  const letter = width < 256 ? new Uint8Array(BMP) : new Uint16Array(BMP);
  for (let c = 0; c < BMP; c++) letter[c] = chars[c] ? (numbers.get(folded[c]!) ?? OTHER_LETTER) : NOT_WORD;
  const next = new Int32Array(order.length * width);
  order.forEach((node, id) => {
    for (const [key, child] of node.next) next[id * width + numbers.get(key)!] = ids.get(child)!;
  });
  const trie: DenseTrie = { letter, width, next, ends: order.map((n) => n.ends) };
  dense = { version, trie };
  return trie;
}

/** A word may end two words of one trigger ("UB", "UBND"): one hit, with the longer lookback. */
function record(hits: WordHits, at: number, lookback: number): void {
  const last = hits.at.length - 1;
  if (hits.at[last] === at) hits.lookback[last] = Math.max(hits.lookback[last]!, lookback);
  else {
    hits.at.push(at);
    hits.lookback.push(lookback);
  }
}
