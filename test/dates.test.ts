/** Date cases that need more than one mention: lists and back-references (resolve-dates). */
import { expect, test } from 'vitest';
import { extract } from '../src/index.js';

const dates = (text: string, referenceDate = '2019-07-30') =>
  extract(text, { referenceDate })
    .mentions.filter((m) => m.type === 'date')
    .map((m) => (m.type === 'date' ? [m.text, m.value] : null));

test('a day listed after a dated one is a date too', () => {
  expect(dates('trong dịp nghỉ lễ 30/4, 1/5 này', '2019-04-28')).toEqual([
    ['30/4', '2019-04-30'],
    ['1/5', '2019-05-01'],
  ]);
});

test('"mùng 3 và 5/4": two days sharing one month', () => {
  expect(dates('các buổi làm việc ngày mùng 3 và 5/4/2019 của đoàn')).toEqual([
    ['ngày mùng 3', '2019-04-03'],
    ['5/4/2019', '2019-04-05'],
  ]);
});

test('a day or month without its year takes the year written on the one coordinated after it', () => {
  expect(dates('trong tháng 10 và tháng 11/2020, tỉnh đã tổ chức')).toEqual([
    ['tháng 10', '2020-10'],
    ['tháng 11/2020', '2020-11'],
  ]);
  expect(dates('các ngày 12/6 và 24/6/2024, đoàn làm việc')).toEqual([
    ['ngày 12/6', '2024-06-12'],
    ['24/6/2024', '2024-06-24'],
  ]);
  // In order: a later day than the next is of the year before.
  expect(dates('ngày 28/12 và 3/1/2025')).toEqual([
    ['ngày 28/12', '2024-12-28'],
    ['3/1/2025', '2025-01-03'],
  ]);
  // Not across a sentence, nor from a date of another precision.
  expect(dates('Ngày 25/7, Thành ủy họp. Ngày 26/7/2018, đoàn làm việc.')).toEqual([
    ['Ngày 25/7', '2019-07-25'],
    ['Ngày 26/7/2018', '2018-07-26'],
  ]);
});

test('"Cùng ngày" is the day of the previous dated mention', () => {
  expect(dates('Ngày 25/7, Thành ủy họp. Chiều cùng ngày, đoàn công tác làm việc.')).toEqual([
    ['Ngày 25/7', '2019-07-25'],
    ['Chiều cùng ngày', '2019-07-25'],
  ]);
});

test('"Cùng ngày" skips a document\'s date inside the sentence', () => {
  expect(dates('Sáng 29/7, Thành ủy sơ kết Chỉ thị 15 ngày 08/7/2019. Cùng ngày, đoàn làm việc.')).toEqual([
    ['Sáng 29/7', '2019-07-29'],
    ['ngày 08/7/2019', '2019-07-08'],
    ['Cùng ngày', '2019-07-29'],
  ]);
});

test('"năm đó" takes the year of the previous mention', () => {
  expect(dates('tháng 5/2013, ông được bầu bổ sung. Tháng 9 năm đó, ông nhận nhiệm vụ mới.')).toEqual([
    ['tháng 5/2013', '2013-05'],
    ['Tháng 9 năm đó', '2013-09'],
  ]);
});

test('"nhiệm kỳ này" is the term named before', () => {
  expect(dates('Đại hội nhiệm kỳ 2020 - 2025 … thực hiện trong suốt nhiệm kỳ này.')).toEqual([
    ['nhiệm kỳ 2020 - 2025', '2020/2025'],
    ['nhiệm kỳ này', '2020/2025'],
  ]);
});

test('the year of a document symbol is not a date', () => {
  expect(dates('Nghị định 30/2020/NĐ-CP và Kế hoạch số 15-KH/TU năm 2019')).toEqual([['năm 2019', '2019']]);
});

test('a relative day with its date in parentheses: both are dates', () => {
  expect(dates('Hôm qua (29/7), đoàn công tác làm việc.')).toEqual([
    ['Hôm qua', '2019-07-29'],
    ['29/7', '2019-07-29'],
  ]);
});

test('"ngày 5 và 6/8" is two days of one month', () => {
  expect(dates('Ngày 5 và 6/8, Quốc hội họp.')).toEqual([
    ['Ngày 5', '2019-08-05'],
    ['6/8', '2019-08-06'],
  ]);
});
