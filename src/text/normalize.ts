/**
 * Normalization with an offset map. Extractors see one canonical form of the text (NFC,
 * new tone placement, plain spaces, quotes and dashes, LF line ends); every span they
 * report is mapped back through `toOriginal` so that `input.slice(start, end) === text`.
 */

/** Characters dropped from the normalized text (zero-width spaces and joiners, BOM, soft hyphen). */
const DROPPED = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
/**
 * Code units that are not already canonical (CR, "&" and "<" of HTML left in the text, odd
 * spaces, zero-width characters, soft hyphen, quotes, dashes, the Latin Eth, combining marks), as inclusive ranges: a quick scan
 * lets plain NFC text skip the slow path. A table lookup per code unit scans ~4x faster than
 * a regex class of these ranges on Vietnamese text.
 */
const NEEDS_WORK_RANGES: readonly (readonly [number, number])[] = [
  [0x0d, 0x0d], [0x26, 0x26], [0x3c, 0x3c], [0xa0, 0xa0], [0xab, 0xab], [0xad, 0xad], [0xbb, 0xbb], [0xd0, 0xd0], [0xf0, 0xf0],
  [0x300, 0x36f], [0x489, 0x489], [0x1680, 0x1680], [0x1ab0, 0x1aff], [0x1dc0, 0x1dff],
  [0x2000, 0x2015], [0x2018, 0x201f], [0x2028, 0x2029], [0x202f, 0x202f], [0x2032, 0x2033], [0x205f, 0x2060],
  [0x20d0, 0x20ff], [0x2212, 0x2212], [0x3000, 0x3000], [0xfe20, 0xfe2f], [0xfeff, 0xfeff],
];
const NEEDS_WORK = new Uint8Array(0x10000);
for (const [from, to] of NEEDS_WORK_RANGES) NEEDS_WORK.fill(1, from, to + 1);

/** Index of the first code unit at or after `from` that needs work, or the text's length. */
export function nextNeedingWork(s: string, from: number): number {
  let i = from;
  while (i < s.length && NEEDS_WORK[s.charCodeAt(i)] === 0) i++;
  return i;
}

const COMBINING = /[\u0300-\u036F\u0489\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]/;

/** One-for-one replacements: spaces, quotes, dashes and the Latin Eth that looks like Đ. */
const REPLACE: Record<string, string> = {
  '\u00A0': ' ', '\u1680': ' ', '\u202F': ' ', '\u205F': ' ', '\u3000': ' ', '\u2028': '\n', '\u2029': '\n',
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00D0': 'Đ', '\u00F0': 'đ',
};
for (let c = 0x2000; c <= 0x200a; c++) REPLACE[String.fromCharCode(c)] = ' ';

/**
 * Old ("hoà", "thuỷ") to new ("hòa", "thủy") tone placement: in an open syllable ending in
 * oa/oe/uy the mark moves to the first vowel. "qu" is a consonant, so "quý" stays; a
 * following letter means a closed syllable ("hoàng", "huỳnh"), which is already right.
 */
const OLD_TONE = /([oO])([àáảãạÀÁẢÃẠ]|[èéẻẽẹÈÉẺẼẸ])(?![\p{L}\p{M}])|(?<![qQ])([uU])([ỳýỷỹỵỲÝỶỸỴ])(?![\p{L}\p{M}])/gu;
const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

function moveTone(first: string, marked: string): string {
  const parts = marked.normalize('NFD');
  const base = parts[0]!;
  const tone = parts.slice(1).split('').find((c) => TONES.includes(c)) ?? '';
  return (first + tone).normalize('NFC') + base;
}

function fixTonePlacement(text: string): string {
  return text.replace(OLD_TONE, (all, o, a, u, y) => (o ? moveTone(o, a) : moveTone(u, y)));
}

export interface NormalizedText {
  readonly original: string;
  readonly text: string;
  /** Original offset of the start of normalized position `i` (i may equal text.length). */
  startOf(i: number): number;
  /** Original offset just past normalized position `i - 1` (the end of a span ending at i). */
  endOf(i: number): number;
}

class IdentityMap implements NormalizedText {
  constructor(readonly original: string, readonly text: string) {}
  startOf(i: number): number {
    return i;
  }
  endOf(i: number): number {
    return i;
  }
}

class OffsetMap implements NormalizedText {
  constructor(
    readonly original: string,
    readonly text: string,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
  ) {}
  startOf(i: number): number {
    return i >= this.text.length ? this.original.length : this.starts[i]!;
  }
  endOf(i: number): number {
    if (i <= 0) return this.startOf(0);
    // What was dropped after the last character (a closing tag, a zero-width space) ends with the text.
    return i >= this.text.length ? this.original.length : this.ends[i - 1]!;
  }
}

/** Length of the grapheme-like cluster at `i`: one code point and the combining marks after it. */
function clusterEnd(s: string, i: number): number {
  const code = s.charCodeAt(i);
  let j = i + (code >= 0xd800 && code <= 0xdbff && i + 1 < s.length ? 2 : 1);
  while (j < s.length && COMBINING.test(s[j]!)) j++;
  return j;
}

const LETTER = /[\p{L}\p{M}]/u;

/**
 * HTML left in text copied from web pages: a character entity ("&nbsp;", "&amp;", "&#39;") is
 * its character, a tag is nothing ("Thủ tướng <a href=…>Phạm Minh Chính</a>"), or a line break
 * when it ends a block ("</p>", "<br>"). Sticky, tried at "&" and "<" only.
 */
const MARKUP = /&(?:(?<named>nbsp|amp|quot|apos|lt|gt)|#(?<dec>\d{1,7})|#[xX](?<hex>[0-9a-fA-F]{1,6}));|<\/?(?<tag>[a-zA-Z][a-zA-Z0-9]{0,9})(?:\s[^<>]{0,500})?\/?>/y;
const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };
const BLOCK_TAGS = new Set(['p', 'br', 'div', 'li', 'ul', 'ol', 'tr', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section', 'article', 'figcaption']);

/** The text HTML markup at `i` stands for and where the markup ends, or null. */
function markupAt(original: string, i: number): { text: string; end: number } | null {
  const c = original.charCodeAt(i);
  if (c !== 0x26 && c !== 0x3c) return null;
  MARKUP.lastIndex = i;
  const m = MARKUP.exec(original);
  if (!m) return null;
  const g = m.groups!;
  const end = i + m[0].length;
  if (g.tag) return { text: BLOCK_TAGS.has(g.tag.toLowerCase()) ? '\n' : '', end };
  const code = g.named ? undefined : g.dec ? Number(g.dec) : parseInt(g.hex!, 16);
  if (code !== undefined && (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))) return null;
  const decoded = g.named ? ENTITIES[g.named]! : String.fromCodePoint(code!);
  // The decoded character goes through the same rules as a written one ("&#8220;" is a quote).
  return { text: mapCluster(decoded, 0, decoded.length), end };
}

/** A zero-width space between two letters is the only break between words ("Bí\u200Bthư"). */
function separatesWords(original: string, i: number, j: number): boolean {
  return i > 0 && j < original.length && LETTER.test(original[i - 1]!) && LETTER.test(original[j]!);
}

function mapCluster(original: string, i: number, j: number): string {
  const c = original.slice(i, j);
  if (c === '\r') return original[j] === '\n' ? '' : '\n';
  if (j - i === 1 && c.charCodeAt(0) < 0x80) return c;
  if (j - i === 1 && DROPPED.test(c)) return c === '\u200B' && separatesWords(original, i, j) ? ' ' : '';
  const nfc = c.normalize('NFC');
  return REPLACE[nfc] ?? nfc;
}

export function normalize(original: string): NormalizedText {
  const first = nextNeedingWork(original, 0);
  if (first === original.length) {
    const fixed = fixTonePlacement(original.normalize('NFC'));
    if (fixed.length === original.length) return new IdentityMap(original, fixed);
  }
  let starts: Int32Array<ArrayBuffer> = new Int32Array(original.length + 8);
  let ends: Int32Array<ArrayBuffer> = new Int32Array(original.length + 8);
  const out: string[] = [];
  let n = 0;
  const reserve = (count: number): void => {
    if (n + count <= starts.length) return;
    starts = grow(starts, n + count);
    ends = grow(ends, n + count);
  };
  const emit = (mapped: string, i: number, j: number): void => {
    reserve(mapped.length);
    for (let k = 0; k < mapped.length; k++, n++) {
      starts[n] = i;
      ends[n] = j;
    }
    out.push(mapped);
  };
  for (let i = 0; i < original.length; ) {
    // Text between the characters that need work is copied whole when it is NFC already;
    // the character before one joins its cluster (a combining mark may follow it).
    const next = i === 0 ? first : nextNeedingWork(original, i);
    const runEnd = next < original.length ? Math.max(i, next - 1) : original.length;
    const run = original.slice(i, runEnd);
    if (run.length > 0 && run.normalize('NFC') === run) {
      reserve(run.length);
      for (let k = i; k < runEnd; k++, n++) {
        starts[n] = k;
        ends[n] = k + 1;
      }
      out.push(run);
      i = runEnd;
    }
    for (const stop = Math.min(original.length, next + 1); i < stop; ) {
      const markup = markupAt(original, i);
      if (markup) {
        emit(markup.text, i, markup.end);
        i = markup.end;
        continue;
      }
      const j = clusterEnd(original, i);
      emit(mapCluster(original, i, j), i, j);
      i = j;
    }
  }
  return new OffsetMap(original, fixTonePlacement(out.join('')), starts, ends);
}

function grow(a: Int32Array<ArrayBuffer>, needed: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(Math.max(a.length * 2, needed));
  b.set(a);
  return b;
}

/** Canonical form of a short string (lexicon entries, user input): same rules, no map. */
export function canonical(s: string): string {
  return normalize(s).text;
}
