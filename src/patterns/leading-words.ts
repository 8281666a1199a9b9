/**
 * The words a keyword pattern starts with, read off its source: `[Qq]uý\s` starts with "Quý"
 * or "quý", `(?:[Đđ]ầu|[Gg]iữa)\s+năm` with "Đầu năm", "đầu năm", "Giữa năm" or "giữa năm". A
 * trigger whose hits all start a word can then be found in the one pass of the word index
 * (patterns/word-index.ts) instead of a scan of its own, and confirmed at those words only.
 *
 * Only plain letters (and digits), classes of them (`[Nn]`), groups (capturing or not) of
 * alternatives made of them, and one run of white space between two words (`\s+`, `[ ]`) are
 * read; the first anything else (an escape, a quantifier, a look-around, a range) ends the
 * words read so far, which are then prefixes of every match. A pattern that starts with
 * anything else has none (null).
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

/** The spellings of the first word or two of every match of `source` (a native pattern), or null. */
export function leadingWords(source: string): string[] | null {
  // Two words multiply the spellings: past the most, the first words alone.
  return wordsOf(source, true) ?? wordsOf(source, false);
}

function wordsOf(source: string, two: boolean): string[] | null {
  const read = alternatives(source, 0, !two);
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

/** Alternatives up to a `)` or the end: the union of their leading words; `parted`: no white space may be read (the words have theirs). */
function alternatives(source: string, at: number, parted: boolean): Read | null {
  const words: string[] = [];
  let whole = true;
  let i = at;
  for (;;) {
    const branch = sequence(source, i, parted);
    if (!branch) return null;
    words.push(...branch.words);
    whole &&= branch.whole;
    i = skipBranch(source, branch.end);
    if (source[i] !== '|') break;
    i++;
  }
  return words.length > MAX_SPELLINGS ? null : { words: [...new Set(words)], end: i, whole };
}

/** Letters, letter classes and letter groups in a row, and one run of white space between words; stops at the first other atom. */
function sequence(source: string, at: number, parted: boolean): Read | null {
  let words = [''];
  let i = at;
  while (i < source.length && source[i] !== '|' && source[i] !== ')') {
    const gap = parted || words.some((w) => w === '' || w.includes(' ')) ? -1 : spaceEnd(source, i);
    if (gap >= 0) {
      // The white space counts only with a letter after it.
      const next = letterAtom(source, gap, true);
      if (!next || QUANTIFIER.test(source[next.end] ?? '')) return { words, end: i, whole: false };
      words = words.map((w) => `${w} `);
      i = gap;
      continue;
    }
    const atom = letterAtom(source, i, parted || words.some((w) => w.includes(' ')));
    if (!atom || QUANTIFIER.test(source[atom.end] ?? '')) return { words, end: i, whole: false };
    words = words.flatMap((w) => atom.words.map((a) => w + a));
    if (words.length > MAX_SPELLINGS) return null;
    i = atom.end;
    if (!atom.whole) return { words, end: i, whole: false };
  }
  return { words, end: i, whole: true };
}

/** One letter, a class of letters (`[Đđ]`), or a non-capturing group of letter alternatives. */
function letterAtom(source: string, at: number, parted: boolean): Read | null {
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
    const inner = alternatives(source, at + open, parted);
    if (!inner || source[inner.end] !== ')' || inner.words.some((w) => w === '')) return null;
    return { words: inner.words, end: inner.end + 1, whole: inner.whole };
  }
  return null;
}

/** White space of at least one character: `\s`, `[ ]`, `\u0020`, `[^\S\n]`, a space, once or with `+` or `{1,n}`. */
const SPACE = /^(?:\\s|\[ \]|\[ \\t\]|\\u0020|\[\^\\S\\n\]| )(?:\+\??|\{1,\d*\}\??)?/;

/** Where white space that parts two words ends in the source, or -1. */
function spaceEnd(source: string, at: number): number {
  const space = SPACE.exec(source.slice(at, at + 12));
  if (!space) return -1;
  const end = at + space[0].length;
  return QUANTIFIER.test(source[end] ?? '') ? -1 : end;
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
