/** refiners/fold.ts skips the whitespace replace when there is nothing to fix: same answers as the replace. */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { fold } from '../src/refiners/fold.js';

test('fold is lower case with each run of whitespace one space, none at the ends', () => {
  const piece = fc.constantFrom('Bí thư', 'ỦY BAN', 'Hòa', 'x', ' ', '  ', '\n', '\t', '\u00a0', '\u2009', '\u3000', '\ufeff', '');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
      const s = pieces.join('');
      expect(fold(s)).toBe(s.toLowerCase().replace(/\s+/g, ' ').trim());
    }),
    { numRuns: 3000, seed: 20261125 },
  );
});
