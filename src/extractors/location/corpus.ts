/** Location examples and negatives (the tests are the docs): each phrase yields exactly one location. */
import type { RuleCorpus } from '../types.js';

export const corpus: RuleCorpus = {
  type: 'location',
  referenceDate: '2019-07-30',
  examples: [
    { text: 'Dự kiến đến năm 2030, Hải Phòng sẽ', span: 'Hải Phòng', expect: { name: 'Hải Phòng' } },
    // A land named after "vùng đất", "của đất": the name alone.
    { text: 'vùng đất Kinh Kỳ giàu truyền thống', span: 'Kinh Kỳ', expect: { name: 'Kinh Kỳ' } },
    { text: 'những người con ưu tú của đất Phương Nam', span: 'Phương Nam', expect: { name: 'Phương Nam' } },
    // Administrative units keep their prefix.
    { text: 'tỉnh Nghệ An', expect: { name: 'tỉnh Nghệ An' } },
    { text: 'về thăm huyện Thạch Hà', span: 'huyện Thạch Hà', expect: { name: 'huyện Thạch Hà' } },
    { text: 'người dân xã Tân Lập', span: 'xã Tân Lập', expect: { name: 'xã Tân Lập' } },
    { text: 'trụ sở tại Quận 3', span: 'Quận 3', expect: { name: 'Quận 3' } },
    { text: 'thị xã Kỳ Anh', expect: { name: 'thị xã Kỳ Anh' } },
    { text: 'thành phố Vinh', expect: { name: 'thành phố Vinh' } },
    // Wards and communes named after people; a numbered ward keeps its number.
    { text: 'Người dân phường Trần Hưng Đạo đi bầu cử', span: 'phường Trần Hưng Đạo', expect: { name: 'phường Trần Hưng Đạo' } },
    { text: 'Phường Hà Giang 1, nơi', span: 'Phường Hà Giang 1', expect: { name: 'Phường Hà Giang 1' } },
    { text: 'tỉnh Thanh Hóa\n4 đơn vị', span: 'tỉnh Thanh Hóa', expect: { name: 'tỉnh Thanh Hóa' } },
    // Provinces and cities by name, in their usual spellings.
    { text: 'đến Đà Nẵng', span: 'Đà Nẵng', expect: { name: 'Đà Nẵng' } },
    // An ambiguous country before a foreign name, which has no diacritics.
    { text: 'Tổng thống Pháp Emmanuel Macron phát biểu', span: 'Pháp', expect: { name: 'Pháp' } },
    { text: 'TP.HCM', expect: { name: 'TP.HCM' } },
    { text: 'tại TPHCM', span: 'TPHCM', expect: { name: 'TPHCM' } },
    { text: 'TP Hồ Chí Minh', expect: { name: 'TP Hồ Chí Minh' } },
    { text: 'Thành phố Hồ Chí Minh', expect: { name: 'Thành phố Hồ Chí Minh' } },
    { text: 'tỉnh Thừa Thiên - Huế', expect: {} },
    { text: 'người con của xứ Nghệ', span: 'xứ Nghệ', expect: { name: 'xứ Nghệ' } },
    // Regions, countries and facilities.
    { text: 'các tỉnh miền Bắc', span: 'miền Bắc', expect: { name: 'miền Bắc' } },
    { text: 'xâm nhập mặn ở đồng bằng sông Cửu Long', span: 'đồng bằng sông Cửu Long', expect: { name: 'Đồng bằng sông Cửu Long' } },
    { text: 'khô hạn ở Tây Nguyên', span: 'Tây Nguyên', expect: {} },
    { text: 'vị thế Việt Nam', span: 'Việt Nam', expect: { name: 'Việt Nam' } },
    { text: 'chuyến thăm Nhật Bản', span: 'Nhật Bản', expect: {} },
    { text: 'sang Nga công tác', span: 'Nga', expect: { name: 'Nga' } },
    { text: 'nước Cộng hòa xã hội chủ nghĩa Việt Nam', span: 'Cộng hòa xã hội chủ nghĩa Việt Nam', expect: {} },
    { text: 'đến Sân bay Nội Bài', span: 'Sân bay Nội Bài', expect: {} },
    { text: 'khai mạc tại Nhà Quốc hội', span: 'Nhà Quốc hội', expect: {} },
    { text: 'đoàn vào viếng Lăng Chủ tịch Hồ Chí Minh', span: 'Lăng Chủ tịch Hồ Chí Minh', expect: {} },
    // A facility head that ends a capitalized word is its last syllable, not a village ("Bản Kishida").
    { text: 'Thủ tướng Nhật Bản Kishida Fumio hội đàm', span: 'Nhật Bản', expect: {} },
    // A body's first word after a listed place is no further place: "… Bình Dương, Kho | bạc Nhà nước".
    { text: 'đại diện tỉnh Bình Dương, Kho bạc Nhà nước tỉnh cùng dự', span: 'tỉnh Bình Dương', expect: {} },
    { text: 'lũ trên sông Mã dâng cao', span: 'sông Mã', expect: {} },
    { text: 'trụ sở trên đường Lê Duẩn', span: 'đường Lê Duẩn', expect: {} },
    { text: 'mở rộng quốc lộ 14', span: 'quốc lộ 14', expect: {} },
    { text: 'phố cổ Hội An', span: 'Hội An', expect: { name: 'Hội An' } },
    { text: 'hội đàm tại Bắc Kinh', span: 'Bắc Kinh', expect: {} },
    { text: 'Đường Trường Chinh', expect: {} },
  ],
  negatives: [
    // A personal name after a body's unit is its officer's: "HĐND TP Nguyễn Văn Tuấn".
    'Chủ tịch HĐND TP Nguyễn Văn Tuấn phát biểu',
    'Chủ tịch UBND huyện Lê Văn Thành cho biết',
    'Chủ tịch Hội cựu chiến binh xã Lê Văn An phát biểu',
    // A credit line names a photographer or reporter.
    'Ảnh: Thái Bình',
    'Ảnh: Quang Vinh/Báo Quảng Ninh',
    'Phóng viên Hà Nam đưa tin',
    // A football club named after its city.
    'Hà Nội FC thắng 2-1',
    'CLB Hải Phòng đã thắng',
    'UBND tỉnh Quảng Ninh',
    'quyền sử dụng đất Nhà nước giao',
    'Đồn Biên phòng Cửa khẩu Lao Bảo',
    'Bộ Chỉ huy quân sự tỉnh Kon Tum',
    'UBND TP.Đà Nẵng',
    'Bí thư Tỉnh ủy Yên Bái',
    'Thành ủy Hà Nội',
    'MTTQ Việt Nam',
    'tư tưởng Hồ Chí Minh',
    'ông Vinh phát biểu',
    'đồng chí Đức cho biết',
    'danh hiệu Anh hùng Lao động',
    'Xã hội phát triển',
    'Hội trường',
    'Phó Chủ tịch Thường trực HĐND TP Lê Văn Minh',
    'các tỉnh, thành phố',
    'yêu cầu Bộ trưởng Bộ Y tế',
    'con đường phát triển',
    'Bí thư Vinh phát biểu',
    'cách mạng, Anh hùng giải phóng dân tộc',
    'hồ sơ nhân sự',
  ],
};
