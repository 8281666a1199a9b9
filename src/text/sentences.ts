/**
 * Sentence spans. A sentence ends at ". ! ? …" followed by space and a capital, digit or
 * quote, or at a line break; not after the abbreviations of political text ("TP.", "Tp.",
 * "TW.", "ThS.", "GS.", "PGS.", "TS.", "Q.", "P.") nor inside numbers ("1.200").
 */
import { xre } from '../patterns/compose.js';

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

const ABBREVIATIONS = new Set(['tp', 'tw', 'ths', 'ts', 'gs', 'pgs', 'bs', 'ks', 'q', 'p', 'tt', 'h', 'tx', 'st', 'nxb', 'ctr', 'v.v']);
// A run of end marks is taken whole, from its first mark (the look-arounds), so that a long
// run ("!!!…", '"""…') that is not a boundary is given up at once instead of being retried
// from each of its marks: linear time on any input (test/regex-safety.test.ts).
const BOUNDARY = xre(String.raw`(?<![.!?…]) [.!?…]+ (?![.!?…]) ["')\]]* (?!["')\]]) (?= \s+ ["'(\[]? [\p{Lu}\p{N}] ) | \n+`, 'gx');
const LAST_WORD = xre(String.raw`(?<![\p{L}])([\p{L}]+)\.$`);

export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.' && isAbbreviation(text.slice(Math.max(0, m.index - 8), m.index + 1))) continue;
    push(out, text, start, m[0][0] === '\n' ? m.index : end);
    start = end;
  }
  push(out, text, start, text.length);
  return out;
}

function isAbbreviation(before: string): boolean {
  const w = LAST_WORD.exec(before);
  return w !== null && ABBREVIATIONS.has(w[1]!.toLowerCase());
}

function push(out: Sentence[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}
