/** Date examples (the tests are the docs): each phrase yields exactly one date mention. */
import type { RuleCorpus } from '../types.js';

export const corpus: RuleCorpus = {
  type: 'date',
  referenceDate: '2019-07-30',
  examples: [
    { text: '30/07/2019', expect: { value: '2019-07-30' } },
    { text: 'ngày 08/7/2019', expect: { value: '2019-07-08' } },
    { text: 'ngày 8-7-2019', expect: { value: '2019-07-08' } },
    { text: 'Sáng 30/7', expect: { value: '2019-07-30', partOfDay: 'morning' } },
    { text: 'Chiều 9/5', expect: { value: '2019-05-09', partOfDay: 'afternoon' } },
    { text: 'Sáng nay 22/5', expect: { value: '2019-05-22', partOfDay: 'morning' } },
    { text: 'Ngày 7/7', expect: { value: '2019-07-07' } },
    { text: 'kéo dài từ 22/5', span: '22/5', expect: { value: '2019-05-22' } },
    { text: 'tháng 7/2019', expect: { value: '2019-07' } },
    { text: 'tháng 7 năm 2019', expect: { value: '2019-07' } },
    { text: 'năm 2019', expect: { value: '2019' } },
    { text: 'Sáng 30/7', referenceDate: '', expect: { value: null, partOfDay: 'morning' } },
  ],
  negatives: [
    'Nghị định số 30/2020/NĐ-CP',
    'Kế hoạch số 155-KH/TU',
    '2/3 số đại biểu',
    'Quốc hội khóa XIV',
    'đạt 1.200 đảng viên',
    'phiếu 45/50',
  ],
};
