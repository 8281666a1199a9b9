/** Count cases that yield more than one mention, which a rule corpus cannot state. */
import { expect, test } from 'vitest';
import { extract } from '../src/index.js';

const counts = (text: string) =>
  extract(text, { referenceDate: '2019-07-30' })
    .mentions.filter((m) => m.type === 'count')
    .map((m) => (m.type === 'count' ? { text: m.text, value: m.value, unit: m.unit } : null));

test('"3 trong số 4 ứng viên" is two counts of the same unit', () => {
  expect(counts('3 trong số 4 ứng viên tại đơn vị này')).toEqual([
    { text: '3', value: 3, unit: 'ứng viên' },
    { text: '4 ứng viên', value: 4, unit: 'ứng viên' },
  ]);
});

test('"2 trong 3 nhiệm vụ" too', () => {
  expect(counts('2 trong 3 nhiệm vụ đã hoàn thành')).toEqual([
    { text: '2', value: 2, unit: 'nhiệm vụ' },
    { text: '3 nhiệm vụ', value: 3, unit: 'nhiệm vụ' },
  ]);
});

test('"20/34 địa phương": a part and its whole, two counts of the unit after the second', () => {
  expect(counts('có 111/152 xã, phường, thị trấn hoàn thành')).toEqual([
    { text: '111', value: 111, unit: 'xã, phường, thị trấn' },
    { text: '152 xã, phường, thị trấn', value: 152, unit: 'xã, phường, thị trấn' },
  ]);
  // What was done and what was planned.
  expect(counts('kết nạp 8.793/6.500 đảng viên')).toEqual([
    { text: '8.793', value: 8793, unit: 'đảng viên' },
    { text: '6.500 đảng viên', value: 6500, unit: 'đảng viên' },
  ]);
});

test('a fraction, a day and month, a symbol: no ratio', () => {
  expect(counts('hơn 2/3 số đại biểu tán thành; đạt 1/2 diện tích')).toEqual([]);
  expect(counts('ngày 15/8 xã tổ chức đại hội')).toEqual([]);
  expect(counts('theo Nghị định 30/2020/NĐ-CP')).toEqual([]);
});

test('a list of counts in one sentence', () => {
  expect(counts('xem xét 12 dự án luật, 4 dự thảo nghị quyết và cho ý kiến về 6 dự án luật khác')).toEqual([
    { text: '12 dự án luật', value: 12, unit: 'dự án luật' },
    { text: '4 dự thảo nghị quyết', value: 4, unit: 'dự thảo nghị quyết' },
    { text: '6 dự án luật', value: 6, unit: 'dự án luật' },
  ]);
});

test('units end before names and clauses in a list of counts', () => {
  expect(counts('hợp tác với 2 tỉnh Bắc Lào và 30-40 hộ dân sinh sống ven biên giới dài hơn 80km')).toEqual([
    { text: '2 tỉnh', value: 2, unit: 'tỉnh' },
    { text: '30-40 hộ dân', value: 30, unit: 'hộ dân' },
    { text: 'hơn 80km', value: 80, unit: 'km' },
  ]);
});
