/** Person examples and negatives (the tests are the docs). Positions are tested in test/people.test.ts. */
import type { RuleCorpus } from '../types.js';

export const corpus: RuleCorpus = {
  type: 'person',
  referenceDate: '2019-07-30',
  examples: [
    // After an office, with or without its body; a place between body and name belongs to the body.
    { text: 'Bí thư Tỉnh ủy Trần Văn Hòa phát biểu', span: 'Trần Văn Hòa', expect: { name: 'Trần Văn Hòa' } },
    { text: 'Chủ tịch UBND tỉnh Quảng Ninh Cao Tường Huy', span: 'Cao Tường Huy', expect: { name: 'Cao Tường Huy' } },
    { text: 'Bí thư Thành ủy Hà Nội Đinh Văn Lâm', span: 'Đinh Văn Lâm', expect: { name: 'Đinh Văn Lâm' } },
    { text: 'Bí thư Quận ủy Hoàng Mai Nguyễn Văn Thành', span: 'Nguyễn Văn Thành', expect: { name: 'Nguyễn Văn Thành' } },
    { text: 'Phó Chủ tịch Thường trực HĐND TP Nguyễn Văn Tú', span: 'Nguyễn Văn Tú', expect: { name: 'Nguyễn Văn Tú' } },
    { text: 'Bộ trưởng Bùi Hải Nam', span: 'Bùi Hải Nam', expect: { name: 'Bùi Hải Nam' } },
    { text: 'Chủ tịch Hồ Chí Minh', span: 'Hồ Chí Minh', expect: { name: 'Hồ Chí Minh' } },
    // Tày and Nùng surnames.
    { text: 'Ông Chẩu Văn Lâm phát biểu', span: 'Chẩu Văn Lâm', expect: { name: 'Chẩu Văn Lâm' } },
    { text: 'ông Lèng Văn Chiến phát biểu', span: 'Lèng Văn Chiến', expect: { name: 'Lèng Văn Chiến' } },
    // Korean given names written with a hyphen.
    { text: 'Tổng thống Hàn Quốc Lee Jae-myung phát biểu', span: 'Lee Jae-myung', expect: { name: 'Lee Jae-myung' } },
    { text: 'Ông Kim Sang-sik sinh năm 1976', span: 'Kim Sang-sik', expect: { name: 'Kim Sang-sik' } },
    // A name in capitals after an honorific, as biographies write it.
    { text: 'Đồng chí PHẠM VĂN CHÍNH, Thủ tướng Chính phủ, dự', span: 'PHẠM VĂN CHÍNH', expect: { name: 'PHẠM VĂN CHÍNH' } },
    { text: 'Họ và tên: NGUYỄN VĂN AN', span: 'NGUYỄN VĂN AN', expect: { name: 'NGUYỄN VĂN AN' } },
    // After a body's lower-case words and its commune, the name is its officer's.
    { text: 'Chủ tịch Hội cựu chiến binh xã Lê Văn An dự', span: 'Lê Văn An', expect: { name: 'Lê Văn An' } },
    // A body's name ends before the name: portfolios in capitals, lower-case words, a district, a place named after someone.
    { text: 'Thứ trưởng Bộ Công Thương Hà Quốc Bảo', span: 'Hà Quốc Bảo', expect: { name: 'Hà Quốc Bảo' } },
    { text: 'Bộ trưởng Bộ Tài nguyên và Môi trường Trịnh Văn Đông', span: 'Trịnh Văn Đông', expect: { name: 'Trịnh Văn Đông' } },
    { text: 'Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Lê Minh Hòa', span: 'Lê Minh Hòa', expect: { name: 'Lê Minh Hòa' } },
    { text: 'Chủ tịch Hội Nông dân tỉnh Cù Văn Bình', span: 'Cù Văn Bình', expect: { name: 'Cù Văn Bình' } },
    { text: 'Chủ tịch UBND huyện Sóc Sơn Phí Văn Minh', span: 'Phí Văn Minh', expect: { name: 'Phí Văn Minh' } },
    { text: 'Giám đốc Bệnh viện Bạch Mai Đào Xuân Lộc', span: 'Đào Xuân Lộc', expect: { name: 'Đào Xuân Lộc' } },
    { text: 'Bí thư thứ nhất Trung ương Đoàn Lý Quang Hưng', span: 'Lý Quang Hưng', expect: { name: 'Lý Quang Hưng' } },
    // Chinese names in their Sino-Vietnamese reading, after an office and its country.
    { text: 'Chủ tịch Trung Quốc Tập Cận Bình thăm Việt Nam', span: 'Tập Cận Bình', expect: { name: 'Tập Cận Bình' } },
    // A name ends before an institution word that starts after it: "Cựu chiến binh", "Thanh niên".
    { text: 'Hội viên Nguyễn Văn Nam Cựu chiến binh xã Yên Phụ nhận quà', span: 'Nguyễn Văn Nam', expect: { name: 'Nguyễn Văn Nam' } },
    // Glued to the word before or after it in the source text.
    { text: 'Tổng Lãnh sự Việt NamĐỗ Minh Kỳ cho biết', span: 'Đỗ Minh Kỳ', expect: { name: 'Đỗ Minh Kỳ' } },
    { text: 'ông Tôn Thất Bảo phát biểu. Ông Tôn Thất Bảomong muốn', span: 'Tôn Thất Bảo', expect: { name: 'Tôn Thất Bảo' } },
    // After honorifics, ranks and degrees, also at the start of a sentence ("Ông" is a surname too).
    { text: 'đồng chí Lê Thị Mai, Phó Bí thư Thường trực Tỉnh ủy', span: 'Lê Thị Mai', expect: { name: 'Lê Thị Mai' } },
    { text: 'Ông Nguyễn Hữu Tài cho biết', span: 'Nguyễn Hữu Tài', expect: { name: 'Nguyễn Hữu Tài' } },
    { text: 'Thượng tướng Hoàng Xuân Chiến', span: 'Hoàng Xuân Chiến', expect: { name: 'Hoàng Xuân Chiến' } },
    { text: 'đồng chí Đại tá Lò Văn Pọm', span: 'Lò Văn Pọm', expect: { name: 'Lò Văn Pọm' } },
    { text: 'GS.TS Phạm Văn Đức', span: 'Phạm Văn Đức', expect: { name: 'Phạm Văn Đức' } },
    { text: 'hòa thượng Thích Minh Tâm', span: 'Thích Minh Tâm', expect: { name: 'Thích Minh Tâm' } },
    { text: 'bà Vũ Thị Hạnh (sinh năm 1975)', span: 'Vũ Thị Hạnh', expect: { name: 'Vũ Thị Hạnh' } },
    { text: 'ông Y Biêr Niê', span: 'Y Biêr Niê', expect: { name: 'Y Biêr Niê' } },
    { text: 'Chủ tịch UBND tỉnh Đắk Lắk Y Khoa Ksor Niê Knơng', span: 'Y Khoa Ksor Niê Knơng', expect: { name: 'Y Khoa Ksor Niê Knơng' } },
    // Foreign names after an office and its country.
    { text: 'Tổng thống Pháp Emmanuel Macron', span: 'Emmanuel Macron', expect: { name: 'Emmanuel Macron' } },
    // Without a cue: a middle name, three syllables, or a list of names.
    { text: 'các ứng cử viên gồm Trần Thị Lan', span: 'Trần Thị Lan', expect: { name: 'Trần Thị Lan' } },
    { text: 'những người như Phan Văn Khải', span: 'Phan Văn Khải', expect: { name: 'Phan Văn Khải' } },
  ],
  negatives: [
    'tư tưởng Hồ Chí Minh',
    'TỔNG BÍ THƯ TÔ LÂM LÀM VIỆC VỚI TỈNH ỦY',
    // A province after an office is the body's place: "nguyên Chủ tịch Hà Nội".
    'ông bị bắt khi là nguyên Chủ tịch Hà Nội',
    'người dân phường Trần Hưng Đạo',
    'Thành phố Hồ Chí Minh',
    'Học viện Chính trị quốc gia Hồ Chí Minh',
    'đường Nguyễn Trãi',
    'phố Lê Thánh Tông',
    'Trường THPT Nguyễn Huệ',
    'Công ty Nguyễn Kim',
    'ông Thăng cho biết',
    'Bí thư Nên nhấn mạnh',
    'Bí thư Đoàn Thanh niên',
    'Hồ Chủ tịch',
    'Từ Làng Sen, Nam Đàn',
    'Ban Tổ chức Trung ương',
    'tỉnh Hà Tĩnh và Cao Bằng',
    'Hà Nội',
    'Phó Chủ tịch Quốc hội',
    'Đại tướng',
    'Lê Quang',
    'Vụ trưởng Vụ Châu Mỹ',
    'ngã tư Lê Văn Lương - Khuất Duy Tiến',
    'đường Lê Duẩn, Trần Hưng Đạo và Hai Bà Trưng',
    'Đường Trường Sơn huyền thoại',
    'Chùa Trấn Quốc',
    'tại Phủ Chủ tịch',
    'Bộ Công Thương',
    'Bí thư Huyện ủy Lạc Sơn cho biết',
    'Hiệu trưởng Trường THPT Chu Văn An',
    'Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch',
  ],
};
