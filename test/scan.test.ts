/**
 * patterns/scan.ts: a rule with a trigger finds exactly the matches a scan of the whole text
 * finds. Checked for every triggered rule on the fixture, the dev corpus (when present), every
 * rule-corpus phrase, and Vietnamese-like text made of the corpus' syllables.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { extractors } from '../src/extractors/index.js';
import type { RuleCorpus } from '../src/extractors/types.js';
import { build, firstWords, trigger } from '../src/patterns/compose.js';
import { TextHits, scan } from '../src/patterns/scan.js';
import type { WordTrigger } from '../src/patterns/word-index.js';
import { normalize } from '../src/text/normalize.js';
import { syllablesOf, vietnameseText } from '../scripts/fuzz-lib.mjs';
import { articleTexts } from './helpers.js';

const wordHits = (text: string, t: WordTrigger) => new TextHits(text).words(t);

const found = (pattern: RegExp, text: string, t?: Parameters<typeof scan>[2]) =>
  [...scan(pattern, text, t)].map((m) => [m.index, m[0], m.groups] as const);

describe('scan', () => {
  const pattern = build(String.raw`(?<![\p{L}\p{N}])(?:(?<pod>[Ss]áng|[Cc]hiều)\s+)?[Cc]ùng\s+ngày`, {}, 'g');

  test('named groups, index and text, as XRegExp gives them', () => {
    expect(found(pattern, 'Chiều cùng ngày, và cùng ngày')).toEqual([
      [0, 'Chiều cùng ngày', { pod: 'Chiều' }],
      [20, 'cùng ngày', { pod: undefined }],
    ]);
  });

  test('a trigger finds the same matches, prefix included', () => {
    const t = trigger(String.raw`[Cc]ùng\s+ngày`, 12);
    const text = 'Sáng cùng ngày. Cùng ngày, chiều cùng ngày; cùng  ngày';
    expect(found(pattern, text, t)).toEqual(found(pattern, text));
  });

  test('a prefix longer than the lookback is left out', () => {
    const t = trigger(String.raw`[Cc]ùng\s+ngày`, 3);
    expect(found(pattern, 'Chiều cùng ngày', t)).toEqual([[6, 'cùng ngày', { pod: undefined }]]);
  });

  test('no trigger hit, no match; the pattern state does not leak between texts', () => {
    const t = trigger(String.raw`[Cc]ùng\s+ngày`, 12);
    expect(found(pattern, 'Sáng nay', t)).toEqual([]);
    expect(found(pattern, 'cùng ngày', t)).toEqual([[0, 'cùng ngày', { pod: undefined }]]);
  });

  test('firstWords: the first two words of each phrase, as spelled, the second also glued to what follows', () => {
    const t = firstWords(['Hà Nội', 'Hà Giang', 'ban Tổ chức', 'TP.HCM', 'Huế']);
    expect([...t.words.keys()]).toEqual(['Hà Nội', 'Hà Giang', 'ban Tổ', 'TP', 'Huế']);
    const hits = (text: string) => wordHits(text, t).at;
    expect(hits('Ban Tổ chức, ban tổ, hà Nội, Hà Nội')).toEqual([13, 29]);
    expect(hits('TP.HCM và TPHCM, UBNDtỉnh, Huếxyz')).toEqual([0, 10, 27]);
    // Inside a word is no hit: every such pattern starts with the boundary B.
    expect(hits('Thanh Hà Giang, aHà Nội')).toEqual([6]);
  });

  test('firstWords: the two words across any white space, not across other characters', () => {
    const t = firstWords(['Bí thư']);
    expect(wordHits('Bí  thư, Bí\nthư, Bí\u00a0thư, Bí, thư, Bí-thư, Bíthư, Bí thưa', t).at).toEqual([0, 9, 17, 49]);
  });

  test('firstWords: a hit of two words before a hit of one stays in order', () => {
    const t = firstWords(['Phó Chủ tịch', 'Chủ']);
    expect(wordHits('ông Phó Chủ tịch', t).at).toEqual([4, 8]);
  });

  test('firstWords: loose takes either case of the initial, anyCase any case', () => {
    const text = 'Nghị quyết, nghị quyết, NGHỊ QUYẾT, nGhị Quyết, Nghị viện';
    expect(wordHits(text, firstWords(['Nghị quyết'], { loose: true })).at).toEqual([0, 12]);
    expect(wordHits(text, firstWords(['Nghị quyết'], { anyCase: true })).at).toEqual([0, 12, 24, 36]);
  });

  test('firstWords: a word inside the match, with its own lookback', () => {
    const p = build(String.raw`(?<![\p{L}\p{N}])(?:[Pp]hó\s+)?(?<unit>\p{Lu}\p{Ll}*)\s+trưởng(?=\s\k<unit>)`, {}, 'g');
    const t = firstWords(['Phó'], { inside: { trưởng: 12 } });
    const text = 'Đồn trưởng Đồn, Phó Trạm trưởng Trạm và Phó Giám đốc; Tổ trưởng Tổ, Tổ trưởng Ban';
    expect(found(p, text, t)).toEqual(found(p, text));
    // The pattern's backreference (to the unit) still points at the unit inside the window.
    expect(found(p, text, t).map(([i]) => i)).toEqual([0, 16, 54]);
  });

  test('a word trigger throws on what is not a word', () => {
    expect(() => firstWords(['- gạch'])).toThrow(/does not start with a word/);
    expect(() => firstWords([], { inside: { 'hai, từ': 3 } })).toThrow(/is not one word/);
    expect(() => firstWords([], { inside: { 'ba từ nữa': 3 } })).toThrow(/is not one word or two/);
  });

  test('the index of one text is not used for another', () => {
    const t = firstWords(['Hà Nội']);
    expect(wordHits('Hà Nội', t).at).toEqual([0]);
    expect(wordHits('ở Hà Nội', t).at).toEqual([2]);
  });
});

const triggered = extractors.flatMap((e) => e.rules).filter((r) => r.trigger);
const corpora = import.meta.glob<{ corpus: RuleCorpus }>('../src/extractors/*/corpus.ts', { eager: true });
const articles = articleTexts();
const phrases = Object.values(corpora).flatMap(({ corpus }) => [...corpus.examples.map((e) => e.text), ...corpus.negatives]);
// Headlines in capitals: word triggers fold case as the `i` flag does (person.office).
const texts = [...articles, phrases.join('\n'), phrases.join(' '), ...articles.map((a) => a.toUpperCase())].map((t) => normalize(t).text);
const syllables = syllablesOf(articles);

describe('triggered rules find what a whole scan finds', () => {
  test('some rules have triggers', () => expect(triggered.length).toBeGreaterThan(20));

  test.each(triggered.map((r) => [r.id, r] as const))('%s on articles and corpus phrases', (_id, rule) => {
    for (const text of texts) expect(found(rule.pattern, text, rule.trigger)).toEqual(found(rule.pattern, text));
  });

  test('on Vietnamese-like text', () => {
    fc.assert(
      fc.property(vietnameseText(syllables), (raw: string) => {
        const text = normalize(raw).text;
        for (const rule of triggered) expect(found(rule.pattern, text, rule.trigger), rule.id).toEqual(found(rule.pattern, text));
      }),
      { numRuns: 150, seed: 20261125 },
    );
  });
});
