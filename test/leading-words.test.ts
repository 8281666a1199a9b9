/** patterns/leading-words.ts: the words a keyword trigger's source starts with. */
import { describe, expect, test } from 'vitest';
import { B, boundaryWords, build, trigger, xre } from '../src/patterns/compose.js';
import { leadingWords } from '../src/patterns/leading-words.js';
import { scan } from '../src/patterns/scan.js';

describe('leadingWords', () => {
  test.each([
    [String.raw`[Qq]uý\s`, ['Quý', 'quý']],
    [String.raw`Tết`, ['Tết']],
    [String.raw`tháng\s+\d`, ['tháng']],
    [String.raw`[Mm][ồù]ng\s`, ['Mồng', 'Mùng', 'mồng', 'mùng']],
    // Two words across one run of white space.
    [String.raw`(?:[Đđ]ầu|[Gg]iữa)\s+năm`, ['Đầu năm', 'đầu năm', 'Giữa năm', 'giữa năm']],
    [String.raw`[Hh]ôm\s+(?:nay|qua)|[Nn]gày\s+mai`, ['Hôm nay', 'Hôm qua', 'hôm nay', 'hôm qua', 'Ngày mai', 'ngày mai']],
    [String.raw`(?:đến|tới)\s+nay`, ['đến nay', 'tới nay']],
    [String.raw`(?:6|9|sáu)[ ]+tháng`, ['6 tháng', '9 tháng', 'sáu tháng']],
    [String.raw`(?:Ban\s+[Cc]hỉ\s+đạo|BCĐ)\s`, ['Ban Chỉ', 'Ban chỉ', 'BCĐ']],
    // Never a third word, not even inside a group.
    [String.raw`năm\s+(?:thị\s+xã|xã)`, ['năm thị', 'năm xã']],
    // White space that may be none: the words glued and parted; no letter after it: one word.
    [String.raw`năm\s*nay`, ['nămnay', 'năm nay']],
    [String.raw`năm\s?nay`, ['nămnay', 'năm nay']],
    [String.raw`năm\s+\d`, ['năm']],
    // Optional parts, and look-arounds, which match no text.
    [String.raw`năm\s+a?b`, ['năm b', 'năm ab']],
    [String.raw`(?<=\s)năm`, ['năm']],
    [String.raw`(?=Hà)Hà(?!\s+Nội)`, ['Hà']],
    [String.raw`(?:Ban\s+)?(?:Tỉnh|Thành)\s+ủy`, ['Tỉnh ủy', 'Thành ủy', 'Ban Tỉnh', 'Ban Thành']],
    // A big class (a capital) ends the words.
    [String.raw`Báo\s+[A-ZĐ][a-zđ]*`, ['Báo']],
    // A first word that holds another's: the shorter is hit in it already.
    [String.raw`(?:Ban\s+Đình|Ba)`, ['Ba']],
    // Capturing and named groups read as groups.
    [String.raw`([Nn]ghị)\s+quyết`, ['Nghị quyết', 'nghị quyết']],
    [String.raw`(?<type>Kế|Chỉ)\s`, ['Kế', 'Chỉ']],
    // An optional letter: what comes before it is a prefix of every match.
    [String.raw`nhiệm?\s`, ['nhiệ']],
  ])('%s', (source, words) => expect(leadingWords(source)).toEqual(words));

  test('two words with too many spellings (over 4,000): the first alone', () => {
    expect(leadingWords(String.raw`[Aa][Bb][Cc][Dd][Ee][Ff]\s+[Gg][Hh][Ii][Jj][Kk][Ll]`)).toHaveLength(64);
  });

  test.each([
    String.raw`\d\s?[/.-]\s?\d`,
    String.raw`\s(?:nay|qua|mai)`,
    String.raw`,[^\S\n]*[\dA-Z]`,
    String.raw`(?:[Rr]ằm|\d)\s+tháng`,
    String.raw`[a-z]+`,
    String.raw`(?:năm)?\s`,
    String.raw`quý|\d`,
  ])('none: %s', (source) => expect(leadingWords(source)).toBeNull());
});

describe('trigger', () => {
  test('a keyword that starts a word is looked up in the word index, and confirmed there', () => {
    const t = trigger(String.raw`[Qq]uý\s+(?:I|V)`, 8);
    expect('words' in t && [...t.words.keys()]).toEqual(['Quý I', 'Quý V', 'quý I', 'quý V']);
    const pattern = build(String.raw`(?<![\p{L}\p{N}])(?:[Tt]rong\s+)?[Qq]uý\s+(?:IV|III|II|I)(?![\p{L}\p{N}])`, {}, 'g');
    const text = 'Trong quý III, quý IV và quý nay; Quý II. quýI';
    const found = (tr?: Parameters<typeof scan>[2]) => [...scan(pattern, text, tr)].map((m) => [m.index, m[0]]);
    expect(found(t)).toEqual(found());
    expect(found(t)).toEqual([[0, 'Trong quý III'], [15, 'quý IV'], [34, 'Quý II']]);
  });

  test('any other source is scanned for', () => {
    expect(trigger(String.raw`\d\s?[/.-]\s?\d`, 40)).toMatchObject({ lookback: 40 });
  });
});

describe('boundaryWords', () => {
  const words = (source: string, flags = 'g') => {
    const t = boundaryWords(xre(source, flags));
    return t && [...t.words.keys()];
  };

  test('a pattern that opens with B and a keyword: its spellings', () => {
    expect(words(`${B}[Đđ]ại\\s+hội`)).toEqual(['Đại hội', 'đại hội']);
    expect(boundaryWords(build('{{B}}Trung\\s+ương', { B }, 'g'))?.words.size).toBe(1);
    expect(boundaryWords(xre(`${B}bộ\\s+trưởng`, 'gi'))?.anyCase).toBe(true);
  });

  test('none where a match may start elsewhere than at B and the keyword', () => {
    expect(words('[Đđ]ại\\s+hội')).toBeUndefined();
    expect(words(`${B}Đại|hội`)).toBeUndefined();
    expect(words(`${B}\\d+`)).toBeUndefined();
  });
});
