/**
 * The words a keyword pattern starts with, read off its source: `[Qq]uý\s` starts with "Quý"
 * or "quý", `(?:[Đđ]ầu|[Gg]iữa)\s+năm` with "Đầu", "đầu", "Giữa" or "giữa". A trigger whose
 * hits all start a word can then be found in the one pass of the word index (patterns/
 * word-index.ts) instead of a scan of its own, and confirmed at those words only.
 *
 * Only plain letters (and digits), classes of them (`[Nn]`) and groups (capturing or not) of
 * alternatives made of them are read; the first anything else (an escape, a quantifier, a look-around, a range)
 * ends the words read so far, which are then prefixes of every match. A pattern that starts
 * with anything else has none (null).
 */

/** At most this many spellings: past it a pattern is no keyword. */
const MAX_SPELLINGS = 64;

interface Read {
  /** Spellings of what was read. */
  words: string[];
  /** Where reading stopped. */
  end: number;
  /** True when all of the sequence was letters (reading stopped at `|`, `)` or the end). */
  whole: boolean;
}

const isLetter = (c: string): boolean => /^[\p{L}\p{N}]$/u.test(c);
const QUANTIFIER = /^[?*+{]$/;

/** The spellings of the first word of every match of `source` (a native pattern), or null. */
export function leadingWords(source: string): string[] | null {
  const read = alternatives(source, 0);
  if (!read || read.end !== source.length || read.words.some((w) => w === '')) return null;
  return read.words;
}

/**
 * The words of a pattern that opens with `boundary` (maybe inside a group, as `build` writes
 * it) and has no alternative without it: those after the boundary. Null for any other pattern.
 */
export function wordsAfter(boundary: string, source: string): string[] | null {
  const wrapped = source.startsWith(`(?:${boundary})`);
  if (!wrapped && !source.startsWith(boundary)) return null;
  if (skipBranch(source, 0) !== source.length) return null;
  return leadingWords(source.slice(wrapped ? boundary.length + 4 : boundary.length));
}

/** Alternatives up to a `)` or the end: the union of their leading words. */
function alternatives(source: string, at: number): Read | null {
  const words: string[] = [];
  let whole = true;
  let i = at;
  for (;;) {
    const branch = sequence(source, i);
    if (!branch) return null;
    words.push(...branch.words);
    whole &&= branch.whole;
    i = skipBranch(source, branch.end);
    if (source[i] !== '|') break;
    i++;
  }
  return words.length > MAX_SPELLINGS ? null : { words: [...new Set(words)], end: i, whole };
}

/** Letters, letter classes and letter groups in a row; stops at the first other atom. */
function sequence(source: string, at: number): Read | null {
  let words = [''];
  let i = at;
  while (i < source.length && source[i] !== '|' && source[i] !== ')') {
    const atom = letterAtom(source, i);
    if (!atom || QUANTIFIER.test(source[atom.end] ?? '')) return { words, end: i, whole: false };
    words = words.flatMap((w) => atom.words.map((a) => w + a));
    if (words.length > MAX_SPELLINGS) return null;
    i = atom.end;
    if (!atom.whole) return { words, end: i, whole: false };
  }
  return { words, end: i, whole: true };
}

/** One letter, a class of letters (`[Đđ]`), or a non-capturing group of letter alternatives. */
function letterAtom(source: string, at: number): Read | null {
  const c = source[at]!;
  if (isLetter(c)) return { words: [c], end: at + 1, whole: true };
  if (c === '[') {
    const close = source.indexOf(']', at);
    const members = [...source.slice(at + 1, close)];
    if (close < 0 || !members.length || !members.every(isLetter)) return null;
    return { words: members, end: close + 1, whole: true };
  }
  const open = groupOpening(source, at);
  if (open) {
    const inner = alternatives(source, at + open);
    if (!inner || source[inner.end] !== ')' || inner.words.some((w) => w === '')) return null;
    return { words: inner.words, end: inner.end + 1, whole: inner.whole };
  }
  return null;
}

/** The length of a group's opening that matches what its alternatives do: `(?:`, `(`, `(?<name>`; 0 for a look-around. */
function groupOpening(source: string, at: number): number {
  if (source[at] !== '(') return 0;
  if (source[at + 1] !== '?') return 1;
  if (source[at + 2] === ':') return 3;
  const name = /^\(\?<([A-Za-z_$][\w$]*)>/.exec(source.slice(at, at + 40));
  return name ? name[0].length : 0;
}

/** Past the rest of a branch whose words are read: to its `|` or the `)` or end that closes it. */
function skipBranch(source: string, at: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = at; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) return i;
      depth--;
    } else if (c === '|' && depth === 0) return i;
  }
  return source.length;
}
