/**
 * A law cited by its known name ("Luật Phòng, chống tham nhũng") is read forward, word by
 * word, only while its words open a known name, and over no more words than a name has: the
 * name found is the longest known one the words open, as trying every length did.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import docTypes from '../src/lexicon/document-types.json' with { type: 'json' };
import lawNames from '../src/lexicon/law-names.json' with { type: 'json' };
import { lawName } from '../src/extractors/document/names.js';

const notLaw = new Set(docTypes.notLawWords);
const known = new Set(lawNames.names.map((n) => n.replace(/,/g, '').split(/\s+/).join(' ').toLowerCase()));
const longest = Math.max(...lawNames.names.map((n) => n.split(/\s+/).length));

/** Where the longest known name the words after `pos` open ends, trying every length; -1 for none. */
function longestKnownEnd(text: string, pos: number): number {
  const words = [...text.slice(pos).matchAll(/\S+/g)].map((m) => ({ word: m[0].replace(/,$/, ''), end: pos + m.index + m[0].replace(/,$/, '').length }));
  for (let k = Math.min(longest, words.length); k > 0; k--) {
    if (known.has(words.slice(0, k).map((w) => w.word).join(' ').toLowerCase())) return words[k - 1]!.end;
  }
  return -1;
}

test('a known law name is the longest one its words open', () => {
  const vocabulary = [...new Set(lawNames.names.flatMap((n) => n.replace(/,/g, '').split(/\s+/)))];
  const word = fc.oneof(fc.constantFrom(...vocabulary), fc.constantFrom(...vocabulary).map((w) => w.toUpperCase()), fc.constantFrom('x', 'và', 'quản lý'));
  const name = fc.constantFrom(...lawNames.names);
  fc.assert(
    fc.property(fc.array(fc.oneof(name, word), { minLength: 1, maxLength: 6 }), fc.array(fc.constantFrom(' ', ', ')), (parts, seps) => {
      const run = parts.map((p, i) => (i ? seps[i % Math.max(1, seps.length)] ?? ' ' : '') + p).join('');
      const text = `Luật ${run}`.slice(0, 280);
      const end = longestKnownEnd(text, 4);
      // "Luật sư", "Luật khoa": words that make the type word no law are read before any name.
      if (end >= 0 && !notLaw.has(run.split(/[\s,]/)[0]!.toLowerCase())) expect(lawName(text, 0, 4)?.end, text).toBe(end);
    }),
    { numRuns: 3000, seed: 20261125 },
  );
});
