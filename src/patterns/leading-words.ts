/**
 * The words every match of a pattern starts with, read off its native source: `[Qq]uý\s`
 * starts with "Quý" or "quý", `(?:[Đđ]ầu|[Gg]iữa)\s+năm` with "Đầu năm", "đầu năm", "Giữa
 * năm" or "giữa năm", a Party board with "Ban Chấp", "Tỉnh ủy", "Đảng bộ" … A trigger whose
 * hits all start a word is then found in the one pass of the word index (patterns/word-index.ts)
 * instead of a scan of its own, and the pattern tried at those words only.
 *
 * The source is read as a regex: alternatives, groups, optional and repeated parts, and
 * look-arounds (which match no text, so add no letter). Letters, digits and small classes of
 * them (`[Nn]`) are spelled out; white space of at least one character (`\s+`, `[ ]`,
 * `\u0020`) parts two words; anything else (a big class such as a capital, `\d`, punctuation,
 * a backreference) ends the words read so far, which are then prefixes of every match. At most
 * two words are read (the index looks no further), one if two would give too many spellings.
 * Null when a match may start with anything but a letter or digit, or the spellings are still
 * too many.
 */
import { charClasses } from './char-classes.js';

/** What a part of the pattern may start with, as far as it is read: `open` if what follows it adds to it. */
interface Prefix {
  readonly text: string;
  readonly open: boolean;
}

const NOTHING: readonly Prefix[] = [{ text: '', open: true }];
const UNREAD: readonly Prefix[] = [{ text: '', open: false }];
/** White space in a prefix's text: a run of it, written as one space. */
const SPACE: readonly Prefix[] = [{ text: ' ', open: true }];

/** At most this many spellings while reading, and in the end. */
const MAX_PREFIXES = 20000;
const MAX_WORDS = 4000;

class TooMany extends Error {}

/** The spellings of the first word or two of every match of `source` (a native pattern), or null. */
export function leadingWords(source: string): string[] | null {
  return wordsOf(source, 2) ?? wordsOf(source, 1);
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

function wordsOf(source: string, most: number): string[] | null {
  let read: Read;
  try {
    read = new Reader(source, most).alternatives();
  } catch (err) {
    if (err instanceof TooMany) return null;
    throw err;
  }
  if (read.end !== source.length) return null;
  const texts = new Set<string>();
  for (const prefix of read.prefixes) {
    const text = prefix.text.trimEnd();
    if (!text || text.startsWith(' ')) return null;
    texts.add(text);
  }
  const words = withoutLonger(texts);
  return words.length > MAX_WORDS ? null : words;
}

/** A one-word spelling is a prefix of a text's word: the spellings whose first word it begins add no hit. */
function withoutLonger(texts: ReadonlySet<string>): string[] {
  return [...texts].filter((text) => {
    const first = text.split(' ')[0]!;
    for (let n = 1; n < first.length; n++) if (texts.has(first.slice(0, n))) return false;
    return first === text || !texts.has(first);
  });
}

interface Read {
  readonly prefixes: readonly Prefix[];
  readonly end: number;
}

class Reader {
  private readonly word = charClasses();

  constructor(
    private readonly source: string,
    private readonly words: number,
  ) {}

  /** Alternatives up to a `)` or the end: the union of what they start with. */
  alternatives(at = 0): Read {
    const branches: (readonly Prefix[])[] = [];
    let i = at;
    for (;;) {
      const branch = this.sequence(i);
      branches.push(branch.prefixes);
      i = branch.end;
      if (this.source[i] !== '|') return { prefixes: distinct(branches.flat()), end: i };
      i++;
    }
  }

  /** Atoms in a row, each maybe quantified. */
  private sequence(at: number): Read {
    let prefixes: readonly Prefix[] = NOTHING;
    let i = at;
    while (i < this.source.length && this.source[i] !== '|' && this.source[i] !== ')') {
      const atom = this.atom(i);
      const quantified = this.quantifier(atom.prefixes, atom.end);
      prefixes = this.then(prefixes, quantified.prefixes);
      i = quantified.end;
      if (prefixes.every((p) => !p.open)) return { prefixes, end: skipBranch(this.source, i) };
    }
    return { prefixes, end: i };
  }

  private atom(at: number): Read {
    const c = this.source[at]!;
    if (c === '(') return this.group(at);
    if (c === '[') return this.characterClass(at);
    if (c === '\\') return this.escape(at);
    if (c === '^' || c === '$') return { prefixes: NOTHING, end: at + 1 };
    return { prefixes: this.character(c.charCodeAt(0)), end: at + 1 };
  }

  /** A group's alternatives; a look-around matches no text. */
  private group(at: number): Read {
    const opening = /^\(\?(?:[:=!]|<[=!]|<[A-Za-z_$][\w$]*>)|^\(/.exec(this.source.slice(at, at + 40))![0];
    const inner = this.alternatives(at + opening.length);
    if (this.source[inner.end] !== ')') throw new Error(`unbalanced group in ${this.source.slice(at, at + 40)}`);
    const lookaround = /^\(\?<?[=!]$/.test(opening);
    return { prefixes: lookaround ? NOTHING : inner.prefixes, end: inner.end + 1 };
  }

  /** `[Nn]`: its letters; `[ ]`, `[^\S\n]`: white space; any other class ends the words. */
  private characterClass(at: number): Read {
    let end = at + 1;
    while (end < this.source.length && this.source[end] !== ']') end += this.source[end] === '\\' ? 2 : 1;
    const body = this.source.slice(at + 1, end);
    const members = [...body];
    let prefixes: readonly Prefix[] = UNREAD;
    if (/^(?:(?: |\\t)+|\^\\S\\n|\\s)$/.test(body)) prefixes = SPACE;
    else if (members.length && members.length <= 8 && members.every((m) => this.word[m.charCodeAt(0)] && m.length === 1)) {
      prefixes = members.map((m) => ({ text: m, open: true }));
    }
    return { prefixes, end: end + 1 };
  }

  private escape(at: number): Read {
    const next = this.source[at + 1] ?? '';
    const code = /^u([0-9a-fA-F]{4})|^x([0-9a-fA-F]{2})/.exec(this.source.slice(at + 1, at + 6));
    if (code) return { prefixes: this.character(parseInt(code[1] ?? code[2]!, 16)), end: at + 1 + code[0].length };
    if (next === 's' || next === 'n' || next === 't' || next === 'r') return { prefixes: SPACE, end: at + 2 };
    if (next === 'b' || next === 'B') return { prefixes: NOTHING, end: at + 2 };
    if (next === 'k') return { prefixes: UNREAD, end: this.source.indexOf('>', at) + 1 };
    if (/[\d]/.test(next)) return { prefixes: UNREAD, end: at + 1 + /^\d+/.exec(this.source.slice(at + 1))![0].length };
    // \d, \w, \p…: classes; an escaped punctuation mark: no letter.
    return { prefixes: /[A-Za-z]/.test(next) ? UNREAD : this.character(next.charCodeAt(0)), end: at + 2 };
  }

  private character(code: number): readonly Prefix[] {
    if (code === 0x20) return SPACE;
    return this.word[code] ? [{ text: String.fromCharCode(code), open: true }] : UNREAD;
  }

  /** `?`, `*`, `+`, `{n,m}` (lazy or not) after an atom. */
  private quantifier(atom: readonly Prefix[], at: number): Read {
    const q = /^(?:[?*+]|\{(\d+)(,\d*)?\})\??/.exec(this.source.slice(at, at + 12));
    if (!q) return { prefixes: atom, end: at };
    const end = at + q[0].length;
    const kind = q[0][0]!;
    const least = kind === '?' || kind === '*' ? 0 : kind === '+' ? 1 : Number(q[1]);
    const most = kind === '?' ? 1 : kind === '{' && !q[2] ? least : kind === '{' && q[2] !== ',' ? Number(q[2]!.slice(1)) : Infinity;
    // Read once; a part that may come again ends the words after it (white space stays one run).
    const once = most === 1 || atom === SPACE ? atom : this.then(atom, UNREAD);
    return { prefixes: least === 0 ? distinct([...NOTHING, ...once]) : once, end };
  }

  /** What `first` then `second` start with, up to the words read. */
  private then(first: readonly Prefix[], second: readonly Prefix[]): readonly Prefix[] {
    return distinct(this.joinedAll(first, second));
  }

  /** Read one by one, so that `distinct` gives up before a product of thousands is ever built. */
  private *joinedAll(first: readonly Prefix[], second: readonly Prefix[]): Generator<Prefix> {
    for (const a of first) {
      if (a.open) for (const b of second) yield this.joined(a, b);
      else yield a;
    }
  }

  private joined(a: Prefix, b: Prefix): Prefix {
    const text = (a.text + b.text).replace(/ {2,}/g, ' ');
    const words = text.split(' ');
    if (words.length > this.words) return { text: words.slice(0, this.words).join(' '), open: false };
    return { text, open: b.open };
  }
}

/** Each prefix once; too many to read on, and the words are given up. */
function distinct(prefixes: Iterable<Prefix>): Prefix[] {
  const out = new Map<string, Prefix>();
  for (const p of prefixes) {
    out.set(`${p.open ? '+' : '-'}${p.text}`, p);
    if (out.size > MAX_PREFIXES) throw new TooMany();
  }
  return [...out.values()];
}

/** Past the rest of a branch: to its `|` or the `)` or end that closes it. */
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
