/**
 * Input generators and output invariants shared by the property tests (test/property.test.ts,
 * run on the TypeScript sources) and the long fuzz run (scripts/fuzz.mjs, run on dist/).
 * Plain JavaScript so that both can load it; the types are in fuzz-lib.d.mts.
 *
 * Inputs come in four families:
 *  - `unicodeText`: arbitrary strings, astral code points and lone surrogates included;
 *  - `vietnameseText`: sequences of real syllables, numbers, dates, document symbols and the
 *    punctuation of political text, so that the rules actually fire;
 *  - `mutatedArticle(seeds)`: real articles cut, duplicated, spliced, partly decomposed (NFD),
 *    with stray HTML, control characters, CRLF, NBSP, zero-width spaces, old tone placement;
 *  - `pathologicalText`: short repetitions of the phrases that stress backtracking.
 */
import fc from 'fast-check';

/** Syllables of political text beyond those of the seed articles. */
const BASE_SYLLABLES = (
  'Nghị quyết Chỉ thị Kết luận Quy định Quyết định Kế hoạch Chương trình Hướng dẫn Thông báo ' +
  'Thông tri Báo cáo Đề án Tờ trình Công văn Luật Bộ luật Nghị định Thông tư Hiến pháp Điều lệ ' +
  'Đảng Bộ Chính trị Ban Bí thư Chấp hành Trung ương Thành ủy Tỉnh ủy Quận ủy Huyện ủy Đảng ủy ' +
  'Ủy viên Thường vụ Phó Chủ tịch Thường trực HĐND UBND TP TP.HCM MTTQ Quốc hội Chính phủ Sở Nội vụ ' +
  'Công an Mặt trận Tổ quốc Việt Nam Hà Nội Nghệ An tỉnh huyện xã phường thị trấn quận ' +
  'Đại hội đại biểu toàn quốc lần thứ Hội nghị Kỳ họp Phiên họp khóa khoá nhiệm kỳ giai đoạn ' +
  'Sáng Chiều Tối trưa đêm ngày tháng năm nay quý Quý đầu cuối giữa những từ đến số hơn gần khoảng ' +
  'Nguyễn Trần Lê Phạm Hoàng Huỳnh Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Văn Thị Thanh Hằng Trung Hải ' +
  'đồng chí ông bà các cấp đảng viên tổ chức cơ sở tỷ đồng ha người đề tài ' +
  'của về và với trong theo tại do cho được đã sẽ ban hành thực hiện triển khai'
).split(' ');

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVII', 'XX'];
const SEPARATORS = [' ', ' ', ' ', ' ', ', ', '. ', '; ', ': ', '\n', '\n\n', ' - ', ' – ', '/', '-', ' (', ') ', '"', '“', '”', '\u00a0', ' số ', ' ngày ', ' của '];

/** Characters that text copied from web pages carries and that the text layer must map. */
export const ODD_CHARACTERS = [
  '\u00a0', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u2009', '\u202f', '\u3000',
  '\u2028', '\u2029', '\r', '\r\n', '\n', '\t', '\v', '\f', '\u0000', '\u0007', '\u001b', '\u007f', '\u0085',
  '\u2013', '\u2014', '\u2212', '\u2018', '\u2019', '\u201c', '\u201d', '\u00ab', '\u00bb', '\u00d0', '\u00f0',
  '\u0300', '\u0301', '\u0303', '\u0309', '\u0323', '\u0302', '\u0306', '\u031b', '\u20dd', '\ufe20',
  '\ud800', '\udc00', '\udbff', '\udfff', '\ud83d\ude00', '\ud835\udc00', '\u{1f1fb}\u{1f1f3}', '\ufffd', '\u0130', '\u1e9e',
  '<b>', '</p>', '<br/>', '&nbsp;', '&amp;', '<a href="x">', '<!-- -->', '<script>', '\\', '$', '^', '*', '(', ')', '[', ']',
];

/** Every distinct word (letters and marks) of the given texts, plus the base list. */
export function syllablesOf(texts) {
  const set = new Set(BASE_SYLLABLES);
  for (const t of texts) for (const w of t.normalize('NFC').match(/[\p{L}\p{M}]+(?:\.[\p{L}]+)*/gu) ?? []) set.add(w);
  return [...set];
}

// ---------------------------------------------------------------------------------------
// Families of inputs

/** Any UTF-16 string: code points of every plane, and lone surrogates. */
export function unicodeText(maxLength = 200) {
  const unit = fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
    { weight: 2, arbitrary: fc.constantFrom(...ODD_CHARACTERS) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) },
  );
  return fc.array(unit, { maxLength }).map((a) => a.join(''));
}

function vietnameseToken(syllables) {
  const syl = fc.constantFrom(...syllables);
  return fc.oneof(
    { weight: 12, arbitrary: syl },
    { weight: 2, arbitrary: syl.map((s) => s.toUpperCase()) },
    { weight: 1, arbitrary: syl.map((s) => s.normalize('NFD')) },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: 2100 }).map(String) },
    { weight: 1, arbitrary: fc.integer({ min: 1000, max: 99_999_999 }).map((n) => n.toLocaleString('de-DE')) },
    { weight: 1, arbitrary: fc.tuple(fc.nat(999), fc.nat(99)).map(([a, b]) => `${a},${b}%`) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 14 }), fc.option(fc.integer({ min: 1890, max: 2100 })), fc.constantFrom('/', '.', '-', ' / '))
        .map(([d, m, y, s]) => `${d}${s}${m}${y === null ? '' : s + y}`),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.integer({ min: 1, max: 999 }), fc.constantFrom('KH', 'NQ', 'CT', 'QĐ', 'QĐi', 'KL', 'TB', 'BC'), fc.constantFrom('TU', 'TW', 'BCT', 'UBND', 'NĐ-CP'), fc.boolean())
        .map(([n, c, i, year]) => (year ? `${n}/2020/${c}-${i}` : `${String(n).padStart(2, '0')}-${c}/${i}`)),
    },
    { weight: 1, arbitrary: fc.constantFrom(...ROMAN) },
    { weight: 1, arbitrary: fc.constantFrom('(khóa XI)', '(khoá XII, XIII)', 'lần thứ XVII', 'nhiệm kỳ 2020-2025', 'giai đoạn 2016-2020', 'Quý III', '6 tháng đầu năm') },
  );
}

/** Text built from real syllables and the numbers, dates and symbols of political news. */
export function vietnameseText(syllables, maxTokens = 80) {
  return fc
    .array(fc.tuple(vietnameseToken(syllables), fc.constantFrom(...SEPARATORS)), { maxLength: maxTokens })
    .map((parts) => parts.map(([t, s]) => t + s).join(''));
}

/** Old tone placement ("hòa" → "hoà", "thủy" → "thuỷ"): the inverse of the text layer's fix. */
export function oldTonePlacement(text) {
  return text
    .normalize('NFD')
    .replace(/([oO])([\u0300\u0301\u0309\u0303\u0323])([aAeE])(?![\p{L}\p{M}])/gu, '$1$3$2')
    .replace(/(?<![qQ])([uU])([\u0300\u0301\u0309\u0303\u0323])([yY])(?![\p{L}\p{M}])/gu, '$1$3$2')
    .normalize('NFC');
}

const at = (s, n) => (s.length === 0 ? 0 : n % (s.length + 1));

/** One edit of a text: [kind, a, b, extra]. Positions are taken modulo the text's length. */
const MUTATIONS = {
  cut: (s, a, b) => s.slice(Math.min(at(s, a), at(s, b)), Math.max(at(s, a), at(s, b))),
  window: (s, a, b) => s.slice(at(s, a), at(s, a) + 200 + (b % 3000)),
  delete: (s, a, b) => s.slice(0, at(s, a)) + s.slice(at(s, a) + (b % 50)),
  duplicate: (s, a, b) => {
    const i = at(s, a);
    const piece = s.slice(i, i + (b % 400));
    return s.slice(0, i) + piece + piece + s.slice(i);
  },
  splice: (s, a, b, _e, other) => s.slice(0, at(s, a)) + other.slice(at(other, b), at(other, b) + 500) + s.slice(at(s, a)),
  insert: (s, a, _b, extra) => s.slice(0, at(s, a)) + extra + s.slice(at(s, a)),
  nfdPart: (s, a, b) => s.slice(0, at(s, a)) + s.slice(at(s, a), at(s, a) + (b % 2000)).normalize('NFD') + s.slice(at(s, a) + (b % 2000)),
  nfd: (s) => s.normalize('NFD'),
  crlf: (s) => s.replace(/\n/g, '\r\n'),
  cr: (s) => s.replace(/\n/g, '\r'),
  nbsp: (s, a) => s.replace(/ /g, (m, i) => ((i + a) % 3 === 0 ? '\u00a0' : m)),
  zeroWidth: (s, a) => s.replace(/ /g, (m, i) => ((i + a) % 5 === 0 ? '\u200b ' : m)),
  oldTone: (s) => oldTonePlacement(s),
  upper: (s, a, b) => s.slice(0, at(s, a)) + s.slice(at(s, a), at(s, a) + (b % 500)).toUpperCase() + s.slice(at(s, a) + (b % 500)),
  lower: (s) => s.toLowerCase(),
  html: (s) => `<html><body><p>${s.replace(/\n+/g, '</p>\n<p>').replace(/,/g, ',<br>')}</p></body></html>`,
  tagsEverywhere: (s, a) => s.replace(/ /g, (m, i) => ((i + a) % 7 === 0 ? ' <span class="x"> ' : m)),
  control: (s, a) => s.replace(/ /g, (m, i) => ((i + a) % 11 === 0 ? String.fromCharCode(i % 32) : m)),
  splitSurrogate: (s, a) => s.slice(0, at(s, a)) + '\ud83d' + s.slice(at(s, a)),
  repeat: (s, a, b) => s.slice(at(s, a), at(s, a) + 40).repeat(2 + (b % 60)),
};
const MUTATION_KINDS = Object.keys(MUTATIONS);

export function mutation() {
  return fc.tuple(
    fc.constantFrom(...MUTATION_KINDS),
    fc.nat(),
    fc.nat(),
    fc.oneof(fc.constantFrom(...ODD_CHARACTERS), fc.string({ unit: 'binary', maxLength: 6 })),
    fc.nat(),
  );
}

export function applyMutations(seeds, seedIndex, mutations) {
  let s = seeds[seedIndex % seeds.length];
  for (const [kind, a, b, extra, other] of mutations) s = MUTATIONS[kind](s, a, b, extra, seeds[other % seeds.length]);
  return s;
}

/** Real articles, edited by a few random mutations (the first usually narrows to a window). */
export function mutatedArticle(seeds, maxMutations = 6) {
  return fc
    .tuple(fc.nat(), fc.array(mutation(), { minLength: 1, maxLength: maxMutations }))
    .map(([i, muts]) => applyMutations(seeds, i, muts));
}

/** Phrases that make a backtracking engine retry: repeated titles, lists, numbers, brackets. */
export function pathologicalText(maxRepeat = 300) {
  const phrase = fc.constantFrom(
    'Nghị quyết ', 'Ủy viên Ban Thường vụ ', 'số 1, ', ', ', '1.2/3-', '((', '))', 'Nguyễn Văn A ', 'Đại hội Đảng bộ ',
    'ngày 1/1/2019 ', 'khóa XI, XII, ', 'Trung ương 4, ', '155-KH/TU/', 'tháng 7/', '.', '0', ' ', 'Hà Nội, ', 'hơn 1.200 ',
  );
  return fc.tuple(fc.array(phrase, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: maxRepeat }), fc.string({ maxLength: 8 })).map(([p, n, tail]) => p.join('').repeat(n) + tail);
}

/** Every family at once, for the long fuzz run and the test suite's mixed property. */
export function anyInput(seeds, syllables, maxRepeat = 300) {
  return fc.oneof(
    { weight: 2, arbitrary: unicodeText() },
    { weight: 3, arbitrary: vietnameseText(syllables) },
    { weight: 4, arbitrary: mutatedArticle(seeds) },
    { weight: 1, arbitrary: pathologicalText(maxRepeat) },
  );
}

// ---------------------------------------------------------------------------------------
// Invariants

function isHigh(c) {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c) {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * Problems with one extraction of `input`, as messages (empty when all is well): schema,
 * offsets, order, and the links between mentions, people and documents.
 */
export function problems(input, result, schema) {
  const out = [];
  const parsed = schema.safeParse(result);
  if (!parsed.success) out.push(`schema: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const mentions = Array.isArray(result?.mentions) ? result.mentions : [];
  mentions.forEach((m, i) => {
    const where = `mention ${i} (${m.type} ${JSON.stringify(m.text)} ${m.start}-${m.end})`;
    if (!(Number.isInteger(m.start) && Number.isInteger(m.end) && 0 <= m.start && m.start <= m.end && m.end <= input.length)) out.push(`${where}: offsets out of range (input length ${input.length})`);
    else {
      if (input.slice(m.start, m.end) !== m.text) out.push(`${where}: input.slice(start, end) is ${JSON.stringify(input.slice(m.start, m.end))}`);
      if (m.start > 0 && isLow(input.charCodeAt(m.start)) && isHigh(input.charCodeAt(m.start - 1))) out.push(`${where}: starts inside a surrogate pair`);
      if (m.end > 0 && m.end < input.length && isLow(input.charCodeAt(m.end)) && isHigh(input.charCodeAt(m.end - 1))) out.push(`${where}: ends inside a surrogate pair`);
    }
    const prev = mentions[i - 1];
    if (prev && (prev.start > m.start || (prev.start === m.start && prev.end < m.end))) out.push(`${where}: not sorted after mention ${i - 1} (${prev.start}-${prev.end})`);
    if (m.personIndex !== undefined && !(m.personIndex < (result.people?.length ?? 0))) out.push(`${where}: personIndex ${m.personIndex} has no person`);
  });
  (result?.people ?? []).forEach((p, i) => {
    for (const k of p.mentions ?? []) if (!(k < mentions.length)) out.push(`person ${i}: mention index ${k} out of range`);
  });
  (result?.documents ?? []).forEach((d, i) => {
    for (const k of d.mentions ?? []) if (!(k < mentions.length) || mentions[k].type !== 'document') out.push(`document ${i}: mention index ${k} is not a document mention`);
  });
  return out;
}

/** A short, copy-pastable rendering of an input for failure reports. */
export function show(input, max = 400) {
  const s = JSON.stringify(input);
  return s.length <= max ? s : `${s.slice(0, max)}… (${input.length} UTF-16 units)`;
}
