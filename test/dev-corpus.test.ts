/** Every article of the shared dev corpus: no crash, valid offsets, schema-valid output. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Extraction, extract } from '../src/index.js';
import { devCorpus, expectValidOffsets, hasShared } from './helpers.js';

const names = hasShared ? readdirSync(devCorpus).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)) : [];

describe.skipIf(!hasShared)('dev corpus (../shared)', () => {
  test.each(names)('%s', (name) => {
    const text = readFileSync(join(devCorpus, `${name}.txt`), 'utf8');
    const gold = JSON.parse(readFileSync(join(devCorpus, `${name}.gold.json`), 'utf8'));
    const result = extract(text, { referenceDate: gold.referenceDate, id: name });
    expect(Extraction.safeParse(result).success).toBe(true);
    expectValidOffsets(text, result);
  });
});
