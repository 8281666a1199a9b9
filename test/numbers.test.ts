/** Vietnamese numerals: digit formatting and number words (src/patterns/numbers.ts). */
import { describe, expect, test } from 'vitest';
import { leadingNumeral, parseNumberWords, parseVnNumber } from '../src/patterns/numbers.js';

describe('parseVnNumber', () => {
  test.each([
    ['1.200', 1200],
    ['12,5', 12.5],
    ['1.234.567', 1234567],
    ['1.999,62', 1999.62],
    ['64', 64],
  ])('%s', (written, value) => expect(parseVnNumber(written)).toBe(value));
});

describe('parseNumberWords', () => {
  test.each([
    ['ba', 3],
    ['mười', 10],
    ['mười lăm', 15],
    ['hai mươi', 20],
    ['hai mươi mốt', 21],
    ['hai mươi tư', 24],
    ['hai trăm', 200],
    ['ba trăm linh năm', 305],
    ['hai nghìn', 2000],
    ['hai nghìn năm trăm', 2500],
    ['một triệu', 1e6],
  ])('%s', (written, value) => expect(parseNumberWords(written)).toBe(value));

  test.each(['ba năm', 'hai ba', 'mười mười', 'constructor'])('not a numeral: %s', (written) => expect(parseNumberWords(written)).toBeNaN());
});

test('leadingNumeral leaves a following noun alone', () => {
  expect(leadingNumeral('ba năm')).toEqual({ value: 3, words: 1 });
  expect(leadingNumeral('hai mươi lăm')).toEqual({ value: 25, words: 3 });
});
