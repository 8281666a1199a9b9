/**
 * Limits and hostile input: non-string input and records over `maxLength` are refused with a
 * clear InputError; the text layer stays linear on long runs of the characters it looks at;
 * the invariant checker used by the property tests and the fuzz run does catch bad output.
 * The 50 MB record and the pathological benchmark run in scripts/bench-pathological.mjs.
 */
import { describe, expect, test } from 'vitest';
import { DEFAULT_MAX_LENGTH, Extraction, InputError, createExtractor, extract, normalize, sentences, tokenize } from '../src/index.js';
import { problems } from '../scripts/fuzz-lib.mjs';

describe('limits', () => {
  test('a record over maxLength is refused with an InputError naming the limit', () => {
    const small = createExtractor({ maxLength: 1000 });
    expect(small.extract('x'.repeat(1000)).mentions).toEqual([]);
    expect(() => small.extract('x'.repeat(1001))).toThrow(InputError);
    expect(() => small.extract('x'.repeat(1001))).toThrow(/1001 characters long, over the limit of 1000 \(option maxLength\)/);
  });

  test('the default limit is 64 Mi UTF-16 units', () => {
    expect(DEFAULT_MAX_LENGTH).toBe(64 * 1024 * 1024);
  });

  test.each([
    ['undefined', undefined, /got undefined/],
    ['null', null, /got null/],
    ['a number', 42, /got number/],
    ['an object', { text: 'Sáng 30/7' }, /got object/],
    ['a Buffer', Buffer.from('Sáng 30/7'), /got object/],
  ])('non-string input (%s) is an InputError', (_, input, message) => {
    expect(() => extract(input as unknown as string)).toThrow(InputError);
    expect(() => extract(input as unknown as string)).toThrow(message);
  });

  test('empty and whitespace-only records give an empty result', () => {
    for (const input of ['', ' ', '\n\n', '\r\n', '\u00a0\u200b\ufeff', '\u0301']) {
      const r = extract(input);
      expect(r.mentions).toEqual([]);
      expect(r.people).toEqual([]);
    }
  });

  test('a BOM, lone surrogates and NUL characters are taken in stride', () => {
    const input = '\ufeffSáng 30/7/2019, \ud800Nghị quyết\u0000 số 15\udc00 của Bộ Chính trị.';
    const r = extract(input);
    expect(problems(input, r, Extraction)).toEqual([]);
    expect(r.mentions.some((m) => m.type === 'date' && m.text === 'Sáng 30/7/2019')).toBe(true);
  });
});

/**
 * Time of `f` on a long run, in ms. A quadratic pass over 200k characters takes minutes; a
 * linear one well under a second, so a bound of a few seconds tells them apart even on a
 * loaded machine (a ratio of two timings does not: GC and other processes make it noisy).
 */
function timeOn(f: (s: string) => unknown, input: string): number {
  f(input.slice(0, 1000)); // warm up
  const t = performance.now();
  f(input);
  return performance.now() - t;
}

describe('the text layer is linear on long runs', () => {
  // Regression: the sentence boundary pattern retried a run of end marks from each mark
  // (quadratic: 100k "!" took minutes).
  test.each([
    ['sentences', '!'],
    ['sentences', '.'],
    ['sentences', '" '],
    ['sentences', '.\u0000'],
    ['sentences', '\n'],
    ['sentences', 'A'],
    ['tokenize', '1.'],
    ['tokenize', '1/'],
    ['tokenize', 'A.'],
    ['tokenize', '1-A/'],
    ['normalize', 'o\u0300a'],
    ['normalize', '\u0301'],
    ['normalize', '\r\n\u00a0'],
  ] as const)('%s on a run of %j', (name, unit) => {
    const f = { sentences, tokenize, normalize }[name];
    expect(timeOn(f, unit.repeat(Math.ceil(200_000 / unit.length)))).toBeLessThan(4000);
  });

  test('the sentence splitter still splits where it did', () => {
    expect(sentences('Xong!!! Tiếp theo. "Trích dẫn." Hết… Rồi').map((s) => s.text)).toEqual(['Xong!!!', 'Tiếp theo.', '"Trích dẫn."', 'Hết…', 'Rồi']);
    expect(sentences('Tại TP. Hồ Chí Minh, ThS. Lê Văn A nói. Xong').map((s) => s.text)).toEqual(['Tại TP. Hồ Chí Minh, ThS. Lê Văn A nói.', 'Xong']);
  });
});

describe('formerly super-linear rules (see docs/robustness.md)', () => {
  // person.office → organizationEnd (src/extractors/person/titles.ts) walked the whole run
  // after each title (1,000 characters took 1.4 s, 4,000 took 25 s); the walk is now capped.
  test('"Ủy viên Ban Thường vụ " repeated to 4,000 characters takes under a second', () => {
    const t = performance.now();
    extract('Ủy viên Ban Thường vụ '.repeat(182));
    expect(performance.now() - t).toBeLessThan(1000);
  });
});

describe('the invariant checker catches bad output', () => {
  const input = 'Sáng 30/7, Nghị quyết số 15';
  const good = extract(input, { referenceDate: '2019-07-30' });
  test('good output has no problem', () => {
    expect(problems(input, good, Extraction)).toEqual([]);
  });
  test.each([
    ['a wrong text', (r: Extraction) => ({ ...r, mentions: [{ ...r.mentions[0]!, text: 'x' }] }), /input\.slice/],
    ['offsets past the end', (r: Extraction) => ({ ...r, mentions: [{ ...r.mentions[0]!, end: 999 }] }), /out of range/],
    ['start after end', (r: Extraction) => ({ ...r, mentions: [{ ...r.mentions[0]!, start: 5, end: 4 }] }), /out of range/],
    ['unsorted mentions', (r: Extraction) => ({ ...r, mentions: [{ type: 'date', start: 11, end: 12, text: 'N', value: null }, { type: 'date', start: 0, end: 1, text: 'S', value: null }] }), /not sorted/],
    ['a schema violation', (r: Extraction) => ({ ...r, mentions: [{ type: 'date', start: 0, end: 1, text: 'S' }] }), /schema/],
  ] as const)('%s', (_, spoil, message) => {
    expect(problems(input, spoil(good), Extraction).join('\n')).toMatch(message);
  });
});
