/**
 * A tokenizer with offsets that keeps the units of political text whole: document symbols
 * ("155-KH/TU", "30/2020/NĐ-CP", "15/QĐ-BNV"), dates ("08/7/2019"), Vietnamese numbers
 * ("1.200", "12,5%"), abbreviations with dots ("TP.HCM", "GS.TS") and words.
 */
import { xre } from '../patterns/compose.js';

export type TokenKind = 'symbol' | 'date' | 'number' | 'abbreviation' | 'word' | 'punct';

export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
}

const TOKEN = xre(
  String.raw`
  (?<symbol> \d+\p{L}? (?: / \d{4} )? (?: \s?-\s? | / ) \p{Lu} [\p{L}]* (?: [-/] [\p{L}\p{N}]+ )*
           | \d+ / \d{4} / [\p{L}\p{N}]+ (?: - [\p{L}\p{N}]+ )* )
  | (?<date> \d{1,2} [/.-] \d{1,2} (?: [/.-] \d{4} | / \d{2} )? (?![\p{N}]) )
  | (?<number> \d{1,3} (?: \.\d{3} )+ (?: ,\d+ )? %? | \d+ (?: ,\d+ )? %? )
  | (?<abbreviation> \p{Lu}[\p{L}]{0,3} \. (?: \p{Lu}[\p{L}]{0,3} (?: \.(?=\p{L}) )? )+ (?![\p{L}]) )
  | (?<word> [\p{L}\p{M}]+ (?: ['] [\p{L}\p{M}]+ )? )
  | (?<punct> [^\s\p{L}\p{N}] )`,
  'gx',
);

const KINDS: readonly TokenKind[] = ['symbol', 'date', 'number', 'abbreviation', 'word', 'punct'];

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const kind = KINDS[m.slice(1).findIndex((g) => g !== undefined)] ?? 'punct';
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length, kind });
  }
  return tokens;
}
