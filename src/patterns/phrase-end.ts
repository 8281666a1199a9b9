/**
 * Which lexicon phrase a text ends with: "is the word before this name an office, an
 * honorific, a place word?". A `$`-anchored alternation of hundreds of phrases (`(?:Chủ
 * tịch|Bí thư|…)[ ]+$`) makes the regex engine try the whole alternation at every position
 * of the text before, and the polynomial-time checker flags it; here the last few words are
 * looked up in a set, so a test costs as many lookups as the longest phrase has words.
 *
 * Semantics are those of `(?<![\p{L}\p{M}])(?:phrase₁|phrase₂|…)` ending at the given
 * offset, words of a phrase separated by any whitespace, the leftmost (longest) phrase winning.
 */
import { LATIN_BLOCKS, LATIN_END, isLatinLetter, isSpace, toLowerCase } from './latin.js';

const LETTER = /[\p{L}\p{M}]/u;
const NOT_LETTER = /[^\p{L}\p{M}]/u;

/** Does `word` hold a character that is no letter? Vietnamese words are decided without the Unicode regex. */
function hasNonLetter(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (!isLatinLetter(word.charCodeAt(i))) return NOT_LETTER.test(word);
  return false;
}

export interface PhraseEndOptions {
  /** Compare in lower case (the `i` flag). */
  ignoreCase?: boolean;
}

export class PhraseEnds {
  private readonly phrases = new Set<string>();
  /** Every phrase's last word, last two words and so on: a walk back stops when its words are none of these. */
  private readonly suffixes = new Set<string>();
  private readonly maxWords: number;
  private readonly fold: (s: string) => string;
  /**
   * By Latin code unit (OWN_LOWER_CASE's blocks; 1 elsewhere): may a phrase end with it, in
   * any case when asked? Most words before a name end with no phrase's last letter, and are
   * then left without being cut out and folded.
   */
  private readonly endings = new Uint8Array(LATIN_END).fill(1);

  constructor(list: readonly string[], { ignoreCase = false }: PhraseEndOptions = {}) {
    this.fold = ignoreCase ? toLowerCase : (s) => s;
    let maxWords = 1;
    for (const phrase of list) {
      const words = this.fold(phrase.trim()).split(/\s+/);
      maxWords = Math.max(maxWords, words.length);
      this.phrases.add(words.join(' '));
      for (let i = 1; i < words.length; i++) this.suffixes.add(words.slice(i).join(' '));
    }
    this.maxWords = maxWords;
    const lasts = new Set([...this.phrases].map((p) => p.charCodeAt(p.length - 1)));
    for (const [from, to] of LATIN_BLOCKS) {
      for (let c = from; c <= to; c++) {
        const folded = this.fold(String.fromCharCode(c));
        this.endings[c] = lasts.has(folded.charCodeAt(folded.length - 1)) ? 1 : 0;
      }
    }
  }

  /** Where the leftmost phrase that ends exactly at `end` starts, or -1. */
  startOf(text: string, end: number): number {
    const last = text.charCodeAt(end - 1);
    if (last < LATIN_END && this.endings[last] === 0) return -1;
    let found = -1;
    let key = '';
    let wordEnd = end;
    for (let w = 0; w < this.maxWords && wordEnd > 0; w++) {
      let wordStart = wordEnd;
      while (wordStart > 0 && !isSpace(text.charCodeAt(wordStart - 1))) wordStart--;
      if (wordStart === wordEnd) break;
      const word = text.slice(wordStart, wordEnd);
      const rest = w === 0 ? '' : ` ${key}`;
      key = this.fold(word) + rest;
      const at = this.cutAt(word, key, rest);
      if (at >= 0) found = wordStart + at;
      if (!this.suffixes.has(key)) break;
      let next = wordStart;
      while (next > 0 && isSpace(text.charCodeAt(next - 1))) next--;
      if (next === wordStart) break;
      wordEnd = next;
    }
    return found;
  }

  /**
   * Where in `word` a phrase ending in `rest` starts: at the word's start, or after punctuation
   * glued to it ("(Chủ tịch", "-Bí thư"); the leftmost such place, or -1. `key` is the word
   * folded, then `rest`.
   */
  private cutAt(word: string, key: string, rest: string): number {
    if (this.phrases.has(key)) return 0;
    if (!hasNonLetter(word)) return -1;
    for (let cut = 1; cut < word.length; cut++) {
      if (!LETTER.test(word[cut - 1]!) && this.phrases.has(this.fold(word.slice(cut)) + rest)) return cut;
    }
    return -1;
  }

  /** Where the phrase starts that `text` ends with before one or more spaces (`(?:…)[ ]+$`), or -1. */
  startBeforeSpaces(text: string): number {
    const end = endBeforeSpaces(text);
    return end < text.length ? this.startOf(text, end) : -1;
  }

  /** Does `text` end with a phrase and then one or more spaces? */
  endsBeforeSpaces(text: string): boolean {
    return this.startBeforeSpaces(text) >= 0;
  }
}

/** Where the spaces `text` ends with begin (its length when there are none). */
export function endBeforeSpaces(text: string): number {
  let end = text.length;
  while (end > 0 && text[end - 1] === ' ') end--;
  return end;
}
