/** Shared test helpers: where ../shared lives, and invariants every extraction must keep. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Extraction, Rule } from '../src/index.js';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const shared = resolve(root, '..', 'shared');
export const devCorpus = join(shared, 'corpus', 'dev');
/** Tests that read the third-party corpus skip where it is absent (a user's clone). */
export const hasShared = existsSync(devCorpus);
export const fixture = (name: string): string => join(root, 'fixtures', name);
export const cli = join(root, 'dist', 'cli.js');

/** The fixture article, then the dev corpus' articles by name (where ../shared is), as read. */
export function articleTexts(): string[] {
  return [
    readFileSync(fixture('hanoi-2019-07-30-chuan-bi-dai-hoi.txt'), 'utf8'),
    ...(hasShared ? readdirSync(devCorpus).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(devCorpus, f), 'utf8')) : []),
  ];
}

export function expectValidOffsets(input: string, result: Extraction): void {
  for (const m of result.mentions) {
    expect(m.start).toBeLessThanOrEqual(m.end);
    expect(input.slice(m.start, m.end)).toBe(m.text);
  }
}

/** Mentions without offsets or text, for comparing the same article in two spellings. */
export function values(result: Extraction): unknown[] {
  return result.mentions.map(({ start: _s, end: _e, text: _t, ...rest }) => rest);
}

/** A rule that throws "exploded" wherever "boom" is written: for tests of how failures are reported. */
export function explodingRule(id: string): Rule {
  return {
    id,
    pattern: /boom/g,
    extract: () => {
      throw new Error('exploded');
    },
  };
}
