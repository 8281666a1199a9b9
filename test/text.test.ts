import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extract, normalize, sentences, tokenize } from '../src/index.js';
import { nextNeedingWork } from '../src/text/normalize.js';
import { expectValidOffsets, fixture, values } from './helpers.js';

const seed = readFileSync(fixture('hanoi-2019-07-30-chuan-bi-dai-hoi.txt'), 'utf8');
const ref = { referenceDate: '2019-07-30' };

describe('normalize', () => {
  test.each([
    ['NFD', 'Thành ủy Hòa Bình'.normalize('NFD'), 'Thành ủy Hòa Bình'],
    ['old tone placement', 'Thành uỷ Hoà Bình, khoá XI, thuỷ lợi', 'Thành ủy Hòa Bình, khóa XI, thủy lợi'],
    ['"qu" keeps its tone', 'Quý III, quỹ', 'Quý III, quỹ'],
    ['closed syllables keep theirs', 'Hoàng Huỳnh hoạch', 'Hoàng Huỳnh hoạch'],
    ['Latin Eth', 'Ðảng', 'Đảng'],
    ['spaces', 'a\u00a0b\u2009c, \u200bd', 'a b c, d'],
    ['a zero-width space between letters separates words', 'Bí\u200bthư Thành\u200b ủy', 'Bí thư Thành ủy'],
    ['quotes and dashes', '“Nâng cao” – ‘x’ — y', '"Nâng cao" - \'x\' - y'],
    ['CRLF', 'a\r\nb\rc', 'a\nb\nc'],
    ['upper case', 'HOÀ BÌNH', 'HÒA BÌNH'],
    // HTML left in copied text: entities are their characters, inline tags nothing, block tags line breaks.
    ['entities', 'số&nbsp;57, TN&amp;MT, &#8220;x&#8221; &lt;5', 'số 57, TN&MT, "x" <5'],
    ['tags', 'Thủ tướng <a href="/x">Phạm Minh Chính</a> dự.<br>Sáng 30/7', 'Thủ tướng Phạm Minh Chính dự.\nSáng 30/7'],
    ['not markup', 'a < b, x & y, &ab; &#xZZ;', 'a < b, x & y, &ab; &#xZZ;'],
  ])('%s', (_, input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });

  test('a span inside markup maps back to the original, tags and entities included', () => {
    const input = 'Sáng&nbsp;25/11, Thủ tướng <b>Phạm Minh Chính</b> dự.</p>';
    const r = extract(input, ref);
    expectValidOffsets(input, r);
    expect(r.mentions.filter((m) => m.type === 'date').map((m) => [m.text, m.type === 'date' ? m.value : ''])).toEqual([['Sáng&nbsp;25/11', '2018-11-25']]);
    expect(r.people.map((p) => [p.name, p.positions.map((x) => x.text)])).toEqual([['Phạm Minh Chính', ['Thủ tướng']]]);
  });

  test('the table of code units that need work is the character class it replaced', () => {
    const needsWork =
      /[\r&<\u00A0\u1680\u2000-\u200F\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF\u00AD\u2010-\u2015\u2212\u2018-\u201F\u2032\u2033\u00AB\u00BB\u00D0\u00F0\u0300-\u036F\u0489\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]/;
    const differing: number[] = [];
    for (let c = 0; c < 0x10000; c++) if ((nextNeedingWork(`a${String.fromCharCode(c)}`, 0) === 1) !== needsWork.test(String.fromCharCode(c))) differing.push(c);
    expect(differing).toEqual([]);
    expect(nextNeedingWork('Hòa Bình “x”', 0)).toBe(9);
    expect(nextNeedingWork('Hòa Bình “x”', 10)).toBe(11);
    expect(nextNeedingWork('Hòa Bình', 0)).toBe(8);
  });

  test('maps every normalized span back into the original', () => {
    const input = 'x\r\nThành uỷ\u200b Hoà'.normalize('NFD');
    const n = normalize(input);
    const at = n.text.indexOf('Hòa');
    expect(input.slice(n.startOf(at), n.endOf(at + 3))).toBe('Hoà'.normalize('NFD'));
    const u = n.text.indexOf('Thành ủy');
    expect(input.slice(n.startOf(u), n.endOf(u + 8))).toBe('Thành uỷ'.normalize('NFD'));
  });
});

describe('the seed article in other spellings gives the same mentions', () => {
  const base = extract(seed, ref);
  test.each([
    ['NFD', seed.normalize('NFD')],
    ['old tone placement', seed.replace(/ủy/g, 'uỷ').replace(/hòa/g, 'hoà').replace(/khóa/g, 'khoá')],
    ['CRLF', seed.replace(/\n/g, '\r\n')],
    ['NBSP', seed.replace(/ /g, '\u00a0')],
    ['zero-width spaces', seed.replace(/, /g, ',\u200b ')],
  ])('%s', (_, variant) => {
    const result = extract(variant, ref);
    expectValidOffsets(variant, result);
    expect(values(result)).toEqual(values(base));
  });
});

describe('tokenize', () => {
  test.each([
    ['Kế hoạch số 155-KH/TU ngày', '155-KH/TU', 'symbol'],
    ['Nghị định 30/2020/NĐ-CP của', '30/2020/NĐ-CP', 'symbol'],
    ['Quyết định 15/QĐ-BNV', '15/QĐ-BNV', 'symbol'],
    ['Chỉ thị 05 - CT/TW', '05 - CT/TW', 'symbol'],
    ['ngày 08/7/2019,', '08/7/2019', 'date'],
    ['tại TP.HCM.', 'TP.HCM', 'abbreviation'],
    ['hơn 1.200 đảng viên', '1.200', 'number'],
    ['tăng 12,5% so', '12,5%', 'number'],
    ['Ủy ban', 'Ủy', 'word'],
  ])('%s keeps %s whole', (text, token, kind) => {
    const found = tokenize(text).find((t) => t.text === token);
    expect(found?.kind).toBe(kind);
    expect(text.slice(found!.start, found!.end)).toBe(token);
  });
});

describe('sentences', () => {
  test('does not break after abbreviations or inside numbers', () => {
    const s = sentences('Tại TP. Hồ Chí Minh có 1.200 người. Theo ThS. Lê Văn A, TW. Hội nghị bế mạc! Tp. Huế đẹp.');
    expect(s.map((x) => x.text)).toEqual(['Tại TP. Hồ Chí Minh có 1.200 người.', 'Theo ThS. Lê Văn A, TW. Hội nghị bế mạc!', 'Tp. Huế đẹp.']);
  });
  test('breaks at line ends', () => {
    expect(sentences('Tiêu đề\nNội dung.').map((x) => x.text)).toEqual(['Tiêu đề', 'Nội dung.']);
  });
});

describe('reference date', () => {
  test('from the dateline', () => {
    expect(extract('Tin\nNgày đăng 30/07/2019 | 5:00 PM\nSáng 30/7, họp.').referenceDate).toBe('2019-07-30');
    expect(extract('Tin\nThứ Ba, 17/09/2024 - 19:25\nNội dung').referenceDate).toBe('2024-09-17');
    expect(extract('Cập nhật: 08:15 ngày 30/7/2019\nSáng nay').referenceDate).toBe('2019-07-30');
  });
  test('an option beats the dateline', () => {
    expect(extract('Ngày đăng 30/07/2019', { referenceDate: '2020-01-02' }).referenceDate).toBe('2020-01-02');
  });
  test('without one, a partial date has a null value', () => {
    const r = extract('Sáng 30/7, đồng chí phát biểu');
    expect(r.referenceDate).toBeUndefined();
    expect(r.mentions.find((m) => m.type === 'date')).toMatchObject({ text: 'Sáng 30/7', value: null });
  });
  test('a malformed option is a clear error', () => {
    expect(() => extract('x', { referenceDate: '30/7/2019' })).toThrow(/ISO date/);
  });
});
