/**
 * One pass over a text that finds, for every word trigger at once, the words it is waiting for.
 * A regex trigger that is an alternation of hundreds of lexicon words ("Hà", "Bí", "Sở" …) is
 * itself dear: the engine tries the alternation at every position, once per rule. Here each
 * word of the text (a run of letters, digits and marks, as the boundary `B` sees them) is read
 * once, through one trie of all the trigger words of all rules, in case-folded form.
 *
 * A trigger word is a prefix of a word of the text, as a regex trigger's hit would be: "UBND"
 * is hit in "UBNDtỉnh". The trie is walked in case-folded form (as a case-insensitive regex
 * folds: to upper case); a trigger of a case-sensitive rule then keeps only the hits whose first
 * word is spelled as one of its words, since a rule is dear to try at a hit ("trường" of "thị
 * trường" is no "Trường").
 *
 * A trigger may also be two words ("Bí thư", "Nghị quyết"): the first a whole word of the text,
 * then white space, then the second (as a prefix). Most first words of the lexicons open many
 * other phrases ("Bộ trưởng" and "Bộ Chính trị", "Trung tướng" and "Trung ương"), and every
 * hit costs a try of the rule.
 */
import { charClasses } from './char-classes.js';
import { isSpace } from './latin.js';

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
let fold: Uint16Array | undefined;

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

/** Between the two words of a trigger: a run of white space in the text, one key in the trie. */
const SEPARATOR = 0x20;

/**
 * Register a trigger's words in the trie: each one word of the text (letters, digits, marks), or
 * two such words separated by one space, which match across any run of white space.
 */
export function wordTrigger(words: ReadonlyMap<string, number>, { anyCase = false, confirm }: { anyCase?: boolean; confirm?: RegExp } = {}): WordTrigger {
  const chars = charClasses();
  const folded = folding();
  const trigger: WordTrigger = { words, anyCase, ...(confirm ? { confirm } : {}) };
  const slot = slots++;
  for (const [word, lookback] of words) {
    const parts = word.split(' ');
    if (parts.length > 2 || parts.some((p) => !p)) throw new Error(`trigger word "${word}" is not one word or two`);
    let node = root;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if (!chars[c] && c !== SEPARATOR) throw new Error(`trigger word "${word}" is not one word`);
      node = childOf(node, c === SEPARATOR ? c : folded[c]!);
    }
    let end = node.ends?.find((e) => e.slot === slot);
    if (!end) (node.ends ??= []).push((end = { slot, lookback, ...(anyCase ? {} : { spellings: [] }) }));
    end.lookback = Math.max(end.lookback, lookback);
    const spelling = hashOf(parts[0]!);
    if (end.spellings && !end.spellings.includes(spelling)) end.spellings.push(spelling);
  }
  slotOf.set(trigger, slot);
  version++;
  return trigger;
}

function childOf(node: TrieNode, key: number): TrieNode {
  let child = node.next.get(key);
  if (!child) node.next.set(key, (child = { next: new Map() }));
  return child;
}

/**
 * The first two words of a phrase, if spaces part them ("Bà Rịa" of "Bà Rịa-Vũng Tàu"), else
 * its first word ("TP" of "TP.HCM"); empty if it starts with no letter or digit.
 */
export function phraseHead(phrase: string): string {
  const chars = charClasses();
  const wordEnd = (from: number): number => {
    let end = from;
    while (end < phrase.length && chars[phrase.charCodeAt(end)]) end++;
    return end;
  };
  const first = wordEnd(0);
  let gap = first;
  while (phrase[gap] === ' ') gap++;
  const second = gap > first ? wordEnd(gap) : gap;
  return second > gap && first > 0 ? `${phrase.slice(0, first)} ${phrase.slice(gap, second)}` : phrase.slice(0, first);
}

/** Every word trigger's hits in one text, found in one pass, with the trie they were found with. */
export interface WordIndex {
  readonly version: number;
  readonly hits: readonly WordHits[];
}

export function indexWords(text: string): WordIndex {
  return { version, hits: indexOf(text) };
}

/** Whether no trigger was added since the index was built (else it has no hits for it). */
export function isCurrent(index: WordIndex): boolean {
  return index.version === version;
}

export function hitsIn(index: WordIndex, trigger: WordTrigger): WordHits {
  return index.hits[slotOf.get(trigger)!]!;
}

function indexOf(text: string): WordHits[] {
  const trie = denseTrie();
  const { letter, ends, separator } = trie;
  const hits: WordHits[] = Array.from({ length: slots }, () => ({ at: [], lookback: [] }));
  // node: where the current word stands in the trie (0: off it); cont: where the two-word triggers
  // that started at the word before stand (0: none); pending: cont's node while white space
  // follows that word.
  let inWord = false;
  let node = 0;
  let wordStart = 0;
  let spelling = 0;
  let cont = 0;
  let contStart = 0;
  let contSpelling = 0;
  let pending = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const l = letter[c]!;
    if (l === NOT_WORD) {
      if (inWord) {
        inWord = false;
        pending = node && separator && isSpace(c) ? step(trie, node, separator) : 0;
        contStart = wordStart;
        contSpelling = spelling;
      } else if (pending && !isSpace(c)) pending = 0;
      continue;
    }
    if (!inWord) {
      inWord = true;
      wordStart = i;
      cont = pending;
      pending = 0;
      node = step(trie, 0, l);
      spelling = hashStep(0, c);
      if (node && ends[node]) recordEnds(hits, ends[node]!, spelling, wordStart);
    } else if (node) {
      node = step(trie, node, l);
      spelling = hashStep(spelling, c);
      if (node && ends[node]) recordEnds(hits, ends[node]!, spelling, wordStart);
    } else if (!cont) continue;
    if (cont) {
      cont = step(trie, cont, l);
      if (cont && ends[cont]) recordEnds(hits, ends[cont]!, contSpelling, contStart);
    }
  }
  return hits;
}

function recordEnds(hits: WordHits[], here: readonly TrieEnd[], spelling: number, at: number): void {
  for (const end of here) if (!end.spellings || end.spellings.includes(spelling)) record(hits[end.slot]!, at, end.lookback);
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
  /** A node's row in `rows` if it has several children, else -1. */
  readonly row: Int32Array;
  /** rows[row * width + letter]: the child, or 0 (the root is never a child). */
  readonly rows: Int32Array;
  /** The letter of a node's one child, and that child (0 where there is none). */
  readonly onlyLetter: Int32Array;
  readonly onlyChild: Int32Array;
  readonly ends: (TrieNode['ends'] | undefined)[];
  /** The `letter` of the white space between two words, or 0 if no trigger has two. */
  readonly separator: number;
}

let dense: { version: number; trie: DenseTrie } | undefined;

/**
 * The trie as flat arrays: a lookup per character, no Map (3× faster on the dev corpus). Most
 * nodes have one child, kept beside the node; only the few with more have a row of children
 * by letter (about 400 of 4,600 nodes): a table of all would be 1.6 MB, and in the pipeline
 * the patterns' code pushes it out of the caches.
 */
function denseTrie(): DenseTrie {
  if (dense?.version === version) return dense.trie;
  const chars = charClasses();
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
  const row = new Int32Array(order.length).fill(-1);
  const onlyLetter = new Int32Array(order.length);
  const onlyChild = new Int32Array(order.length);
  const branches = (node: TrieNode): boolean => node.next.size > 1 || node === root;
  const rows = new Int32Array(order.filter(branches).length * width);
  let rowCount = 0;
  order.forEach((node, id) => {
    if (branches(node)) {
      row[id] = rowCount++;
      for (const [key, child] of node.next) rows[row[id]! * width + numbers.get(key)!] = ids.get(child)!;
    } else {
      for (const [key, child] of node.next) {
        onlyLetter[id] = numbers.get(key)!;
        onlyChild[id] = ids.get(child)!;
      }
    }
  });
  const trie: DenseTrie = { letter, width, row, rows, onlyLetter, onlyChild, ends: order.map((n) => n.ends), separator: numbers.get(SEPARATOR) ?? 0 };
  dense = { version, trie };
  return trie;
}

/** The child of `node` by `letter`, or 0. */
function step(trie: DenseTrie, node: number, letter: number): number {
  const row = trie.row[node]!;
  if (row >= 0) return trie.rows[row * trie.width + letter]!;
  return trie.onlyLetter[node] === letter ? trie.onlyChild[node]! : 0;
}

/**
 * Hits stay in order, one per start: a word may end two words of one trigger ("UB", "UBND"),
 * which keeps the longer lookback, and a two-word trigger's hit at the word before comes after
 * any hit the second word made itself.
 */
function record(hits: WordHits, at: number, lookback: number): void {
  let k = hits.at.length;
  while (k > 0 && hits.at[k - 1]! > at) k--;
  if (hits.at[k - 1] === at) hits.lookback[k - 1] = Math.max(hits.lookback[k - 1]!, lookback);
  else if (k === hits.at.length) {
    hits.at.push(at);
    hits.lookback.push(lookback);
  } else {
    hits.at.splice(k, 0, at);
    hits.lookback.splice(k, 0, lookback);
  }
}
