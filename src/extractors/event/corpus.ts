/** Event examples and negatives (the tests are the docs): each phrase yields exactly one event mention. */
import type { RuleCorpus } from '../types.js';

export const corpus: RuleCorpus = {
  type: 'event',
  referenceDate: '2019-07-30',
  examples: [
    // Congresses: Roman, Arabic and word ordinals; the body around the ordinal or after "của".
    { text: 'Đại hội XIII', expect: { kind: 'congress', ordinal: 13, body: 'Đảng' } },
    { text: 'Đại hội đại biểu toàn quốc lần thứ XI của Đảng', span: 'Đại hội đại biểu toàn quốc lần thứ XI', expect: { kind: 'congress', ordinal: 11, body: 'Đảng' } },
    { text: 'Đại hội Đảng bộ tỉnh lần thứ XX', expect: { kind: 'congress', ordinal: 20, body: 'Đảng bộ tỉnh' } },
    { text: 'Đại hội XVI Đảng bộ Thành phố', expect: { kind: 'congress', ordinal: 16, body: 'Đảng bộ Thành phố' } },
    { text: 'Đại hội IX của Đảng bộ huyện', span: 'Đại hội IX', expect: { ordinal: 9, body: 'Đảng bộ huyện' } },
    { text: 'Đại hội Công đoàn Việt Nam lần thứ XII', expect: { kind: 'congress', ordinal: 12, body: 'Công đoàn Việt Nam' } },
    { text: 'Đại hội Đảng bộ xã lần thứ 25', expect: { ordinal: 25 } },
    { text: 'Đại hội Đảng bộ TP.HCM lần thứ I', expect: { kind: 'congress', ordinal: 1, body: 'Đảng bộ TP.HCM' } },
    { text: 'Đại hội Đảng bộ Thủ đô lần thứ XVIII', expect: { kind: 'congress', ordinal: 18, body: 'Đảng bộ Thủ đô' } },
    // 2025: congresses of the Party organizations of central bodies; a provincial congress by its term.
    { text: 'Đại hội đại biểu Đảng bộ Chính phủ lần thứ I, nhiệm kỳ 2025-2030', span: 'Đại hội đại biểu Đảng bộ Chính phủ lần thứ I', expect: { kind: 'congress', ordinal: 1, body: 'Đảng bộ Chính phủ' } },
    { text: 'Đại hội Đảng bộ Bộ Tài chính lần thứ I', expect: { kind: 'congress', ordinal: 1, body: 'Đảng bộ Bộ Tài chính' } },
    { text: 'Đại hội đại biểu Đảng bộ tỉnh Thanh Hóa khóa XX khai mạc', span: 'Đại hội đại biểu Đảng bộ tỉnh Thanh Hóa khóa XX', expect: { kind: 'congress', ordinal: 20 } },
    // An Arabic number right after "Đại hội" is its ordinal, as headlines write it.
    { text: 'trong nhiệm kỳ Đại hội 12', span: 'Đại hội 12', expect: { kind: 'congress', ordinal: 12, body: 'Đảng' } },
    { text: 'Đại hội 14 của Đảng Cộng sản Việt Nam', span: 'Đại hội 14', expect: { kind: 'congress', ordinal: 14, body: 'Đảng' } },
    { text: 'Đại hội Đảng 11', expect: { kind: 'congress', ordinal: 11 } },
    { text: 'Đại hội đại biểu Đảng bộ Khối các cơ quan Trung ương lần thứ XIV', expect: { ordinal: 14, body: 'Đảng bộ Khối các cơ quan Trung ương' } },
    // Plenums.
    { text: 'Hội nghị Trung ương 8 khóa XIII', expect: { kind: 'plenum', ordinal: 8, body: 'Ban Chấp hành Trung ương Đảng', terms: ['XIII'] } },
    { text: 'Hội nghị Trung ương 6 (khóa XI)', expect: { kind: 'plenum', ordinal: 6, terms: ['XI'] } },
    { text: 'Hội nghị lần thứ tư Ban Chấp hành Trung ương', expect: { kind: 'plenum', ordinal: 4, body: 'Ban Chấp hành Trung ương' } },
    { text: 'Hội nghị lần thứ mười lăm Ban chấp hành Trung ương Đảng khóa XII', expect: { kind: 'plenum', ordinal: 15, body: 'Ban Chấp hành Trung ương Đảng', terms: ['XII'] } },
    { text: 'Hội nghị Thành ủy lần thứ 10', expect: { kind: 'plenum', ordinal: 10, body: 'Thành ủy' } },
    // Abbreviated committees ("BCH", "BTV") are spelled out; "Đảng" may follow "Trung ương".
    { text: 'Hội nghị lần thứ 11 BCH Trung ương Đảng khóa XIII', expect: { kind: 'plenum', ordinal: 11, body: 'Ban Chấp hành Trung ương Đảng', terms: ['XIII'] } },
    { text: 'Hội nghị lần thứ 5 BTV Tỉnh ủy', expect: { kind: 'plenum', ordinal: 5, body: 'Ban Thường vụ Tỉnh ủy' } },
    { text: 'Hội nghị Trung ương Đảng lần thứ 13', expect: { kind: 'plenum', ordinal: 13, body: 'Ban Chấp hành Trung ương Đảng' } },
    // Mass organizations hold plenums too.
    { text: 'Hội nghị Ban Chấp hành Tỉnh đoàn lần thứ 9', expect: { kind: 'plenum', ordinal: 9, body: 'Ban Chấp hành Tỉnh đoàn' } },
    // The body after "của" is read as the committee it names.
    { text: 'Hội nghị lần thứ 3 của Ban Chấp hành Đảng bộ tỉnh khóa XX', span: 'Hội nghị lần thứ 3', expect: { kind: 'plenum', ordinal: 3, body: 'Ban Chấp hành Đảng bộ tỉnh' } },
    // "(mở rộng)", a widened plenum, between its number and its body.
    { text: 'Hội nghị lần thứ mười (mở rộng) Ban Chấp hành Trung ương Đảng khóa XIII', expect: { kind: 'plenum', ordinal: 10, body: 'Ban Chấp hành Trung ương Đảng', terms: ['XIII'] } },
    { text: 'Hội nghị Tỉnh ủy Nghệ An lần thứ 7', expect: { kind: 'plenum', ordinal: 7, body: 'Tỉnh ủy Nghệ An' } },
    { text: 'Hội nghị lần thứ 3', expect: { kind: 'plenum', ordinal: 3 } },
    {
      text: 'Ban Chấp hành Đảng bộ tỉnh khóa XX tổ chức Hội nghị lần thứ 9',
      span: 'Hội nghị lần thứ 9',
      expect: { kind: 'plenum', ordinal: 9, body: 'Ban Chấp hành Đảng bộ tỉnh', terms: ['XX'] },
    },
    // After a comma the committee is the subject of the next clause, not part of the name.
    { text: 'Tại Hội nghị lần thứ 6, Ban Chấp hành Đảng bộ tỉnh sẽ thảo luận', span: 'Hội nghị lần thứ 6', expect: { kind: 'plenum', ordinal: 6 } },
    { text: 'Hội nghị TW 8 khóa XIII', expect: { kind: 'plenum', ordinal: 8, terms: ['XIII'] } },
    { text: 'Hội nghị Trung ương lần thứ tám', expect: { kind: 'plenum', ordinal: 8 } },
    // A numbered meeting of a body that is no Party committee is a conference.
    { text: 'Hội nghị lần thứ 21 Ủy ban hỗn hợp', span: 'Hội nghị lần thứ 21', expect: { kind: 'conference', ordinal: 21 } },
    // Sessions.
    { text: 'Kỳ họp thứ 3, Quốc hội khóa XIV', expect: { kind: 'session', ordinal: 3, body: 'Quốc hội', terms: ['XIV'] } },
    { text: 'Kỳ họp thứ nhất, Quốc hội khóa XV', expect: { kind: 'session', ordinal: 1, terms: ['XV'] } },
    { text: 'Kỳ họp thứ Sáu, Quốc hội khóa XV', expect: { kind: 'session', ordinal: 6, terms: ['XV'] } },
    // After a comma a body without its term starts the next clause.
    { text: 'Để chuẩn bị cho Kỳ họp thứ 6, Ủy ban Thường vụ Quốc hội sẽ họp', span: 'Kỳ họp thứ 6', expect: { kind: 'session', ordinal: 6 } },
    { text: 'Ủy ban Kiểm tra Trung ương họp kỳ 39 và đã xem xét', span: 'kỳ 39', expect: { kind: 'session', ordinal: 39 } },
    { text: 'kỳ họp thứ 9 HĐND tỉnh khóa XVI', expect: { kind: 'session', ordinal: 9, terms: ['XVI'] } },
    { text: 'Kỳ họp bất thường lần thứ 2, Quốc hội khóa XV', expect: { kind: 'session', ordinal: 2, terms: ['XV'] } },
    { text: 'Phiên họp thứ 12 của Ủy ban Thường vụ Quốc hội', span: 'Phiên họp thứ 12', expect: { kind: 'session', ordinal: 12, body: 'Ủy ban Thường vụ Quốc hội' } },
    { text: 'Ủy ban Kiểm tra Trung ương họp kỳ thứ 15', span: 'kỳ thứ 15', expect: { kind: 'session', ordinal: 15 } },
  ],
  negatives: [
    // A company's board meeting.
    'Hội nghị lần thứ 5 của Hội đồng quản trị Vietcombank',
    'Phiên họp thứ 2 của Hội đồng quản trị công ty',
    'Hội nghị đã thảo luận',
    'Hội nghị Ban Chấp hành Đảng bộ tỉnh',
    'chuẩn bị đại hội Đảng bộ các cấp',
    'tại kỳ họp này',
    'Đại hội đã thành công tốt đẹp',
    'lần thứ XVII',
    'vào thứ Năm',
    'họp vào thứ Hai hằng tuần',
    'Hội nghị Trung ương',
    'Hội nghị Trung ương năm 2019',
    'Ủy ban Kiểm tra Tỉnh ủy trong nhiệm kỳ thứ hai',
    'Đại hội 5 năm một lần',
    'Đại hội 2020 của chi bộ',
    'khai mạc Đại hội 15/10',
    'Đại hội 3 đồng chí vắng mặt',
    'Đại hội Đảng 2 cấp',
  ],
};
