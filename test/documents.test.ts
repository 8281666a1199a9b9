/**
 * Document behaviour a one-mention corpus example cannot show: lists that cite several
 * documents, linking of later short references, the `documents` list, and the year of a
 * symbol that must not become a date.
 */
import { describe, expect, test } from 'vitest';
import { extract, type Mention } from '../src/index.js';

type Doc = Extract<Mention, { type: 'document' }>;
const docs = (text: string): Doc[] => extract(text, { referenceDate: '2021-06-01' }).mentions.filter((m): m is Doc => m.type === 'document');

describe('lists', () => {
  test('one symbol shared by a list of numbers', () => {
    const found = docs('Thực hiện Nghị quyết số 26, 27-NQ/TW của Ban Chấp hành Trung ương.');
    expect(found.map((d) => [d.text, d.symbol, d.issuer])).toEqual([
      ['Nghị quyết số 26', '26-NQ/TW', 'Ban Chấp hành Trung ương'],
      ['27-NQ/TW', '27-NQ/TW', 'Ban Chấp hành Trung ương'],
    ]);
  });

  test('each number its own symbol: one document per item, the issuer after the list for all', () => {
    const found = docs('Các Nghị quyết số 57-NQ/TW, 59-NQ/TW và 66-NQ/TW của Bộ Chính trị đã mở đường.');
    expect(found.map((d) => [d.text, d.number, d.symbol, d.issuer])).toEqual([
      ['Nghị quyết số 57-NQ/TW', '57', '57-NQ/TW', 'Bộ Chính trị'],
      ['59-NQ/TW', '59', '59-NQ/TW', 'Bộ Chính trị'],
      ['66-NQ/TW', '66', '66-NQ/TW', 'Bộ Chính trị'],
    ]);
  });

  test('a bare list of numbers with "và", a third number or its issuer after it; two numbers alone cite one', () => {
    const numbers = (text: string) => docs(text).map((d) => [d.docType, d.number, d.issuer]);
    expect(numbers('Nghị quyết 57, 59, 66, 68 được ban hành')).toEqual([
      ['Nghị quyết', '57', undefined],
      ['Nghị quyết', '59', undefined],
      ['Nghị quyết', '66', undefined],
      ['Nghị quyết', '68', undefined],
    ]);
    expect(numbers('Nghị quyết 57 và 68 đã đi vào cuộc sống')).toEqual([
      ['Nghị quyết', '57', undefined],
      ['Nghị quyết', '68', undefined],
    ]);
    expect(numbers('Kết luận 126, 127 của Bộ Chính trị')).toEqual([
      ['Kết luận', '126', 'Bộ Chính trị'],
      ['Kết luận', '127', 'Bộ Chính trị'],
    ]);
    expect(numbers('sau Chỉ thị 15, 20 năm qua')).toEqual([['Chỉ thị', '15', undefined]]);
  });

  test('two references of one type share the issuer written after the second', () => {
    expect(docs('Kết luận số 126-KL/TW và Kết luận số 137-KL/TW của Bộ Chính trị').map((d) => [d.number, d.issuer])).toEqual([
      ['126', 'Bộ Chính trị'],
      ['137', 'Bộ Chính trị'],
    ]);
  });

  test('two types, one number each', () => {
    expect(docs('thực hiện Chỉ thị 12 và Nghị quyết 12 của Ban Thường vụ Tỉnh ủy').map((d) => [d.docType, d.number, d.issuer])).toEqual([
      ['Chỉ thị', '12', undefined],
      ['Nghị quyết', '12', 'Ban Thường vụ Tỉnh ủy'],
    ]);
  });

  test('"Trung ương 6, Trung ương 7 khóa XII" is two resolutions sharing the term', () => {
    const found = docs('triển khai Nghị quyết Trung ương 3, Trung ương 4 khóa XIII với tinh thần chủ động');
    expect(found.map((d) => [d.text, d.docType, d.plenums, d.terms])).toEqual([
      ['Nghị quyết Trung ương 3', 'Nghị quyết', [3], ['XIII']],
      ['Trung ương 4 khóa XIII', 'Nghị quyết', [4], ['XIII']],
    ]);
  });

  test('"Nghị quyết Đại hội A và Đại hội B" is two congress resolutions', () => {
    const found = docs('mà Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII và Đại hội Đảng bộ tỉnh lần thứ XX đã đề ra');
    expect(found.map((d) => d.text)).toEqual(['Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII', 'Đại hội Đảng bộ tỉnh lần thứ XX']);
  });

  test('laws listed after a colon, one name per item', () => {
    const found = docs('Quốc hội thông qua: Luật Quản lý, sử dụng tài sản công; Luật Hỗ trợ doanh nghiệp nhỏ và vừa; Luật Cảnh vệ.');
    expect(found.map((d) => d.text)).toEqual(['Luật Quản lý, sử dụng tài sản công', 'Luật Hỗ trợ doanh nghiệp nhỏ và vừa', 'Luật Cảnh vệ']);
  });
});

describe('linking', () => {
  const text =
    'Tỉnh ủy đã ban hành Kế hoạch số 48-KH/TU ngày 02/3/2021 để thực hiện Chỉ thị số 05 của Bộ Chính trị. ' +
    'Các cấp ủy triển khai Kế hoạch số 48 và Chỉ thị 05; Quy định số 37 của Ban Chấp hành Trung ương và Quy định 37.';
  const result = extract(text, { referenceDate: '2021-06-01' });
  const found = result.mentions.filter((m): m is Doc => m.type === 'document');

  test('a short reference inherits symbol, issuer and date', () => {
    const short = found.find((d) => d.text === 'Kế hoạch số 48')!;
    expect(short).toMatchObject({ symbol: '48-KH/TU', issuer: 'Tỉnh ủy', date: '2021-03-02', typeCode: 'KH' });
    expect(found.find((d) => d.text === 'Quy định 37')).toMatchObject({ issuer: 'Ban Chấp hành Trung ương', typeCode: 'QĐi' });
  });

  test('every mention has a documentId, shared by the same document', () => {
    expect(found.every((d) => d.documentId)).toBe(true);
    const ids = (text: string) => new Set(found.filter((d) => d.text.startsWith(text)).map((d) => d.documentId));
    expect(ids('Kế hoạch').size).toBe(1);
    expect(ids('Chỉ thị').size).toBe(1);
    expect(result.documents?.length).toBe(3);
  });

  test('a number cited again after others is the document cited first (linking compares mentions of one number only)', () => {
    const ids = docs('Chỉ thị 05, Chỉ thị 06, Chỉ thị 5, Kết luận 05 và Chỉ thị 06').map((d) => d.documentId);
    expect(ids).toEqual(['d1', 'd2', 'd1', 'd3', 'd2']);
  });

  test('a different number or term is a different document', () => {
    const ids = docs('Nghị quyết Trung ương 4 (khóa XI) và Nghị quyết Trung ương 4 (khóa XII); Chỉ thị 05 và Chỉ thị 06').map((d) => d.documentId);
    expect(new Set(ids).size).toBe(4);
  });
});

test('the year inside a symbol is not a date', () => {
  const dates = extract('theo Nghị định số 30/2020/NĐ-CP và Thông tư 01/2019/TT-BNV', { referenceDate: '2021-06-01' }).mentions.filter((m) => m.type === 'date');
  expect(dates).toEqual([]);
});

describe('the sentence around a reference', () => {
  test('the opening day dates a document signed in the sentence, not one merely held', () => {
    expect(docs('Ngày 5/3/2019, Chủ tịch UBND tỉnh ký văn bản số 1520 yêu cầu các sở rà soát.')[0]).toMatchObject({ date: '2019-03-05' });
    expect(docs('Ngày 5/3/2019, Sở Xây dựng có văn bản số 1520 gửi các quận.')[0]!.date).toBeUndefined();
    const two = docs('Ngày 5/3/2019, UBND tỉnh ký Quyết định số 15 thay Quyết định số 9.');
    expect(two.map((d) => d.date)).toEqual([undefined, undefined]);
  });

  test('one number from two unrelated bodies is two documents', () => {
    const found = docs('Nghị quyết số 09 của Tỉnh ủy và Nghị quyết số 09 của Hội đồng nhân dân tỉnh.');
    expect(found.map((d) => d.issuer)).toEqual(['Tỉnh ủy', 'Hội đồng nhân dân tỉnh']);
    expect(new Set(found.map((d) => d.documentId)).size).toBe(2);
  });

  test('the mentions of one document share its fullest issuer', () => {
    const found = docs('Thủ tướng ký Quyết định số 900/QĐ-TTg. Quyết định số 900 của Thủ tướng Chính phủ nêu rõ.');
    expect(found.map((d) => d.issuer)).toEqual(['Thủ tướng Chính phủ', 'Thủ tướng Chính phủ']);
  });
});

describe('issuer and signer', () => {
  const issuers = (text: string) => docs(text).map((d) => [d.text, d.issuer]);
  test('"Thay mặt Bộ Chính trị, … ký": the body signed for', () => {
    expect(issuers('Thay mặt Bộ Chính trị, Thường trực Ban Bí thư Trần Văn An đã ký ban hành Kết luận số 185-KL/TW.')).toEqual([['Kết luận số 185-KL/TW', 'Bộ Chính trị']]);
  });
  test('a signing officer is not the issuer when the symbol names one: the body the officer heads, else the symbol\'s', () => {
    expect(issuers('Thủ tướng Lê Văn Bình đã ký ban hành Nghị quyết số 205/NQ-CP về việc')).toEqual([['Nghị quyết số 205/NQ-CP', 'Chính phủ']]);
    expect(issuers('Chủ tịch UBND tỉnh ký Quyết định số 12/QĐ-UBND')).toEqual([['Quyết định số 12/QĐ-UBND', 'UBND tỉnh']]);
  });
});

test('a type word in lower case cites a document when the citation ends after its number', () => {
  expect(docs('Tại kết luận 127, Bộ Chính trị yêu cầu; thực hiện nghị quyết 60 của Trung ương').map((d) => [d.text, d.number])).toEqual([
    ['kết luận 127', '127'],
    ['nghị quyết 60', '60'],
  ]);
  expect(docs('Đoàn kiểm tra kết luận 3 nội dung')).toEqual([]);
});
