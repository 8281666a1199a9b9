/**
 * The organization kinds' test for a generic body ("các Đảng ủy", "các Ban Đảng, Ban cán sự
 * Đảng; Đảng đoàn") reads the text before the body in place and with a look-behind; it
 * answers as the test on the trimmed 200-character prefix it replaces, on generated text.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { Match } from '../src/patterns/compose.js';
import { rules } from '../src/extractors/organization/rules.js';

const GENERIC_BEFORE = /(?:^|[^\p{L}\p{M}])(?:các|những|mỗi|từng|nhiều)\s+(?:(?!Ủy viên)\p{Lu}[^,;.:!?\n]{0,30}[,;]\s+){0,5}$/u;
const DETERMINER_END = /(?:^|[^\p{L}\p{M}])(?:các|những|mỗi|từng|nhiều)$/u;

function prefixGeneric(prefix: string): boolean {
  const trimmed = prefix.trimEnd();
  if (trimmed.length === prefix.length) return false;
  const last = trimmed.at(-1);
  if (last !== ',' && last !== ';' && !DETERMINER_END.test(trimmed.slice(-6))) return false;
  return GENERIC_BEFORE.test(prefix);
}

const partyBoard = rules.find((r) => r.id === 'organization.partyBoard')!;

/** The rule's answer for "Thành ủy" written right after `before`. */
function found(before: string): boolean {
  const body = 'Thành ủy';
  const m = Object.assign([body], { index: before.length, input: before + body, groups: { body } }) as unknown as Match;
  return partyBoard.extract(m, { text: before + body }) !== null;
}

test('a body is generic after a determiner or a list it opens, as the prefix test said', () => {
  const word = fc.constantFrom('các', 'những', 'từng', 'Các', 'mỗi', 'nhiều', 'xcác', 'Ban', 'Đảng', 'Ủy viên', 'cán sự', 'x', '𐐀', '\udc00', 'a'.repeat(30));
  const sep = fc.constantFrom(' ', '  ', '\t', '\u00a0', '\u2028', '\n', ', ', '; ', '. ', ',', '');
  fc.assert(
    fc.property(fc.array(fc.tuple(word, sep), { maxLength: 14 }), fc.constantFrom(' ', '\u3000', ' \n ', ''), (parts, end) => {
      const before = parts.map(([w, s]) => w + s).join('') + end;
      expect(found(before), JSON.stringify(before)).toBe(!prefixGeneric(before.slice(-200)));
    }),
    { numRuns: 3000, seed: 20261125 },
  );
});
