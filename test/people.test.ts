/**
 * People and their positions: offices before a name, in apposition after it, shared by a list,
 * compound offices, career history; and title-only references linked to their holder.
 * Every case also runs in NFD.
 */
import { describe, expect, test } from 'vitest';
import { extract, type Extraction } from '../src/index.js';

function people(text: string): Record<string, string[]> {
  const result = extract(text);
  return Object.fromEntries(result.people.map((p) => [p.name, p.positions.map((x) => x.text)]));
}

const cases: { name: string; text: string; expect: Record<string, string[]> }[] = [
  {
    name: 'office before the name',
    text: 'Bí thư Tỉnh ủy Trần Văn Hòa phát biểu khai mạc.',
    expect: { 'Trần Văn Hòa': ['Bí thư Tỉnh ủy'] },
  },
  {
    name: 'apposition chain after the name',
    text: 'Dự có đồng chí Lê Thị Mai, Ủy viên Trung ương Đảng, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Hà Văn Tuấn, Chủ tịch UBND tỉnh.',
    expect: {
      'Lê Thị Mai': ['Ủy viên Trung ương Đảng', 'Phó Bí thư Thường trực Tỉnh ủy'],
      'Hà Văn Tuấn': ['Chủ tịch UBND tỉnh'],
    },
  },
  {
    name: 'apposition after a dash, ending at a verb',
    text: 'Đồng chí Phan Quốc Khánh - Ủy viên Bộ Chính trị, Trưởng Ban Kinh tế Trung ương về dự hội nghị.',
    expect: { 'Phan Quốc Khánh': ['Ủy viên Bộ Chính trị', 'Trưởng Ban Kinh tế Trung ương'] },
  },
  {
    name: 'an office shared by a list',
    text: 'Tham dự có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Phó Chủ tịch Thường trực HĐND tỉnh Lê Văn An, Trưởng ban Tuyên giáo Tỉnh ủy Đỗ Thị Bình.',
    expect: {
      'Lê Văn An': ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Phó Chủ tịch Thường trực HĐND tỉnh'],
      'Đỗ Thị Bình': ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Trưởng ban Tuyên giáo Tỉnh ủy'],
    },
  },
  {
    name: "the state's official name after an office: lower-case words inside it, \"nước\" opening it",
    text: 'Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam Lê Văn Cường tiếp Đại sứ. Ông Trần Minh Đức, Thủ tướng Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam, phát biểu.',
    expect: {
      'Lê Văn Cường': ['Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam'],
      'Trần Minh Đức': ['Thủ tướng Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam'],
    },
  },
  {
    name: 'a name inside a place is no person: the mausoleum',
    text: 'Trước đó, đoàn đại biểu đã vào viếng Lăng Chủ tịch Hồ Chí Minh.',
    expect: {},
  },
  {
    name: 'a headline in capitals gives no position: its office would take the whole line as its body',
    text: 'TỔNG BÍ THƯ TIẾP ĐOÀN ĐẠI BIỂU ĐẢNG CỘNG SẢN TRUNG QUỐC\nChiều 5/3, Tổng Bí thư Lê Văn Hùng tiếp đoàn.',
    expect: { 'Lê Văn Hùng': ['Tổng Bí thư'] },
  },
  {
    name: "a body the walk stops inside of, read whole as the organization rules read it",
    text: 'Trưởng Ban Chính sách, chiến lược Trung ương Nguyễn Văn Quang phát biểu. Bà Lê Thị Mai, thường trực Ủy ban Tài chính - ngân sách, cho biết.',
    expect: {
      'Nguyễn Văn Quang': ['Trưởng Ban Chính sách, chiến lược Trung ương'],
      'Lê Thị Mai': ['thường trực Ủy ban Tài chính - ngân sách'],
    },
  },
  {
    name: 'compound offices are two positions',
    text: 'Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam Nguyễn Thị Thu Trang phát biểu. Ông Vũ Văn Hải, Bí thư kiêm Chủ tịch UBND huyện, báo cáo.',
    expect: {
      'Nguyễn Thị Thu Trang': ['Phó Chủ tịch', 'Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam'],
      'Vũ Văn Hải': ['Bí thư', 'Chủ tịch UBND huyện'],
    },
  },
  {
    name: '"do đồng chí X … làm trưởng đoàn"; ranks are not positions',
    text: 'Đoàn kiểm tra do đồng chí Thượng tướng Trịnh Văn Quyết, Bí thư Trung ương Đảng làm trưởng đoàn.',
    expect: { 'Trịnh Văn Quyết': ['Bí thư Trung ương Đảng', 'trưởng đoàn'] },
  },
  {
    name: 'career history counts, a proposed post does not',
    text: 'Ông Lý Minh Tân từng giữ chức Giám đốc Sở Tài chính. Năm 2015, ông trở thành Phó Chủ tịch UBND tỉnh và được giới thiệu để HĐND tỉnh bầu giữ chức Chủ tịch UBND tỉnh.',
    expect: { 'Lý Minh Tân': ['Giám đốc Sở Tài chính', 'Phó Chủ tịch UBND tỉnh'] },
  },
  {
    name: '"nguyên" and "cố" stay in the text',
    text: 'nguyên Chủ tịch nước Lê Đức Minh và cố Thủ tướng Phạm Văn Hùng',
    expect: { 'Lê Đức Minh': ['nguyên Chủ tịch nước'], 'Phạm Văn Hùng': ['cố Thủ tướng'] },
  },
  {
    name: 'one entry per office, in its fullest form',
    text: 'Bí thư Thành ủy Hà Văn Sơn chủ trì. Đồng chí Hà Văn Sơn, Bí thư Thành ủy Thành phố Hải Phòng, kết luận.',
    expect: { 'Hà Văn Sơn': ['Bí thư Thành ủy Thành phố Hải Phòng'] },
  },
  {
    name: 'the replaced person is not the subject',
    text: 'Ông Võ Thành Công được phân công làm Bí thư Tỉnh ủy thay ông Huỳnh Văn Lộc. Ông là đại biểu Quốc hội khóa XIV.',
    expect: { 'Võ Thành Công': ['Bí thư Tỉnh ủy', 'đại biểu Quốc hội khóa XIV'], 'Huỳnh Văn Lộc': [] },
  },
  {
    name: 'an appointment "đối với" the persons it concerns; the appointer holds nothing',
    text: 'Chủ tịch nước Lê Văn Sáu ký quyết định bổ nhiệm chức vụ Phó Thủ tướng Chính phủ đối với các ông Trần Văn Bảy, Hồ Văn Tám; Bộ trưởng Bộ Tư pháp đối với ông Đoàn Văn Chín.',
    expect: {
      'Lê Văn Sáu': ['Chủ tịch nước'],
      'Trần Văn Bảy': ['Phó Thủ tướng Chính phủ'],
      'Hồ Văn Tám': ['Phó Thủ tướng Chính phủ'],
      'Đoàn Văn Chín': ['Bộ trưởng Bộ Tư pháp'],
    },
  },
  {
    name: 'a list of former offices after "từng giữ các chức vụ:"',
    text: 'Ông Mai Văn Mười từng giữ các chức vụ: Phó Giám đốc Sở Y tế; Vụ trưởng Vụ Châu Âu, Bộ Ngoại giao.',
    expect: { 'Mai Văn Mười': ['Phó Giám đốc Sở Y tế', 'Vụ trưởng Vụ Châu Âu, Bộ Ngoại giao'] },
  },
  {
    name: 'a deputy office is not the same office; a term between offices keeps the chain',
    text: 'Thủ tướng thi hành kỷ luật xóa tư cách chức vụ chủ tịch UBND tỉnh giai đoạn 2016 - 2020, phó chủ tịch UBND tỉnh giai đoạn 2011 - 2015 đối với ông Cao Văn Mạnh.',
    expect: { 'Cao Văn Mạnh': ['chủ tịch UBND tỉnh', 'phó chủ tịch UBND tỉnh'] },
  },
  {
    name: 'a comma-joined chain of offices before a name; a spelled-out place unit after a council',
    text: 'Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Lò Văn Khiêm và Chủ tịch UBND thành phố Vũ Đình Quang dự họp.',
    expect: {
      'Lò Văn Khiêm': ['Phó Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh'],
      'Vũ Đình Quang': ['Chủ tịch UBND thành phố'],
    },
  },
  {
    name: "ministries' portfolios end before the name, lower-case words included",
    text: 'Thứ trưởng Bộ Công Thương Hà Quốc Bảo, Bộ trưởng Bộ Tài nguyên và Môi trường Trịnh Văn Đông, Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Đào Thị Hoa và Bộ trưởng Bộ Giao thông vận tải Kiều Văn Tâm.',
    expect: {
      'Hà Quốc Bảo': ['Thứ trưởng Bộ Công Thương'],
      'Trịnh Văn Đông': ['Bộ trưởng Bộ Tài nguyên và Môi trường'],
      'Đào Thị Hoa': ['Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch'],
      'Kiều Văn Tâm': ['Bộ trưởng Bộ Giao thông vận tải'],
    },
  },
  {
    name: 'spokespeople, department heads and committees "of" the National Assembly',
    text: 'Phó Phát ngôn viên Bộ Ngoại giao Lưu Minh Đức, Cục trưởng Cục Năng lượng tái tạo Trương Hữu Phát và nguyên Chủ nhiệm Ủy ban Kinh tế của Quốc hội Tạ Văn Ninh.',
    expect: {
      'Lưu Minh Đức': ['Phó Phát ngôn viên Bộ Ngoại giao'],
      'Trương Hữu Phát': ['Cục trưởng Cục Năng lượng tái tạo'],
      'Tạ Văn Ninh': ['nguyên Chủ nhiệm Ủy ban Kinh tế của Quốc hội'],
    },
  },
  {
    name: 'a two-syllable name after a district committee is its place; "cựu" stays',
    text: 'Ông Đặng Văn Lực, Bí thư Huyện ủy Lạc Thủy thông tin với báo chí. Ông Mạc Văn Toàn, cựu Bí thư Thị ủy Sơn Hà, Chủ tịch HĐND thị xã, bị khởi tố. Bí thư Huyện ủy Lạc Sơn cho biết thêm.',
    expect: {
      'Đặng Văn Lực': ['Bí thư Huyện ủy Lạc Thủy'],
      'Mạc Văn Toàn': ['cựu Bí thư Thị ủy Sơn Hà', 'Chủ tịch HĐND thị xã'],
    },
  },
  {
    name: 'a second office after a body ending in lower-case words; a standing deputy of a steering committee',
    text: 'TS Nông Văn Hiếu, Chủ tịch Hiệp hội Khoa học hành chính Việt Nam, nguyên Thứ trưởng Bộ Nội vụ; ông Lã Văn Khang, Phó trưởng Ban thường trực Ban chỉ đạo phòng, chống dịch tỉnh.',
    expect: {
      'Nông Văn Hiếu': ['Chủ tịch Hiệp hội Khoa học hành chính Việt Nam', 'nguyên Thứ trưởng Bộ Nội vụ'],
      'Lã Văn Khang': ['Phó trưởng Ban thường trực Ban chỉ đạo phòng, chống dịch tỉnh'],
    },
  },
  {
    name: 'an office written alone takes the full form the article gives no one else',
    text: 'Bí thư Tỉnh ủy Quảng Trị chủ trì hội nghị. Phát biểu bế mạc, Bí thư Lê Hữu Phước nhấn mạnh nhiệm vụ năm tới. Các Chủ tịch UBND huyện dự; Chủ tịch Đào Văn Quý phát biểu.',
    expect: { 'Lê Hữu Phước': ['Bí thư Tỉnh ủy Quảng Trị'], 'Đào Văn Quý': ['Chủ tịch'] },
  },
  {
    name: 'names glued to the next or the previous word',
    text: 'Chủ tịch nước Tôn Thất Bảo phát biểu. Chủ tịch nước Tôn Thất Bảomong muốn hợp tác. Dự có Tổng Lãnh sự Việt NamĐỗ Minh Kỳ.',
    expect: { 'Tôn Thất Bảo': ['Chủ tịch nước'], 'Đỗ Minh Kỳ': ['Tổng Lãnh sự Việt Nam'] },
  },
  {
    name: 'a place named after a person inside a body; a five-syllable run is a place, then the name',
    text: 'Hiệu trưởng Trường THPT Chu Văn An Mạc Thị Huệ và Giám đốc Bệnh viện Bạch Mai Đào Xuân Lộc dự lễ.',
    expect: {
      'Mạc Thị Huệ': ['Hiệu trưởng Trường THPT Chu Văn An'],
      'Đào Xuân Lộc': ['Giám đốc Bệnh viện Bạch Mai'],
    },
  },
  {
    name: 'a district after a commune; a body closed by the apposition; a district before a middle name',
    text: 'Ông Kha Văn Tịnh, Bí thư Đảng ủy xã Tân Hòa, huyện Lạc Thủy, cho biết. Theo ông Âu Văn Phúc, Phó Cục trưởng Cục Quản lý thị trường, lực lượng đã kiểm tra. Chủ tịch UBND huyện Sóc Sơn Phí Văn Minh dự. Bà Lục Thị Thanh, Trưởng Ban Công tác đại biểu cho biết thêm.',
    expect: {
      'Kha Văn Tịnh': ['Bí thư Đảng ủy xã Tân Hòa, huyện Lạc Thủy'],
      'Âu Văn Phúc': ['Phó Cục trưởng Cục Quản lý thị trường'],
      'Lục Thị Thanh': ['Trưởng Ban Công tác đại biểu'],
      'Phí Văn Minh': ['Chủ tịch UBND huyện Sóc Sơn'],
    },
  },
  {
    name: 'a verb before a name ends the body; "nguyên là" is a copula',
    text: 'Bộ trưởng Bộ Công an khen thưởng Kim Văn Hùng. Ông Ninh Văn An nguyên là Bí thư Huyện ủy Ba Vì.',
    expect: { 'Kim Văn Hùng': [], 'Ninh Văn An': ['Bí thư Huyện ủy Ba Vì'] },
  },
  {
    name: 'a place unit before a name or after a completed part belongs to the body; comma-listed committees; a foreign name after a body',
    text: 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lò Văn Sáu và ông Hà Văn Tám, Chủ tịch Hội Cựu chiến binh tỉnh, dự. Phó Chủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội Quách Đức Hải và Bộ trưởng Ngoại giao Nga Ivan Petrov dự.',
    expect: {
      'Lò Văn Sáu': ['Chủ tịch Ủy ban MTTQ Việt Nam tỉnh'],
      'Hà Văn Tám': ['Chủ tịch Hội Cựu chiến binh tỉnh'],
      'Quách Đức Hải': ['Phó Chủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội'],
      'Ivan Petrov': ['Bộ trưởng Ngoại giao Nga'],
    },
  },
  {
    name: 'a title short for the one with its body merges into it; a modifier makes another office',
    text: 'Thủ tướng Chính phủ Võ Văn Kiệt chủ trì. Thủ tướng Võ Văn Kiệt kết luận. Ông Lưu Văn Sáu đảm nhiệm chức vụ Phó Chủ tịch rồi Phó Chủ tịch thường trực UBND thành phố.',
    expect: {
      'Võ Văn Kiệt': ['Thủ tướng Chính phủ'],
      'Lưu Văn Sáu': ['Phó Chủ tịch', 'Phó Chủ tịch thường trực UBND thành phố'],
    },
  },
  {
    name: 'the head of any unit is its word and "trưởng"; a body opens with its head',
    text: 'Ông Lê Văn Hải, Đồn trưởng Đồn Biên phòng Cửa khẩu Cầu Treo cho biết. Trạm trưởng Trạm Kiểm lâm Hòn Bà Nguyễn Văn Tư dự.',
    expect: {
      'Lê Văn Hải': ['Đồn trưởng Đồn Biên phòng Cửa khẩu Cầu Treo'],
      'Nguyễn Văn Tư': ['Trạm trưởng Trạm Kiểm lâm Hòn Bà'],
    },
  },
  {
    name: 'a career told with "ông là" inside a sentence; "nay là" continues the chain',
    text: 'Ông Kiều Văn Phong sinh năm 1968. Từ năm 2010 đến 2015, ông là Phó Chủ tịch UBND tỉnh. Bà Âu Thị Mai, nguyên Phó Chủ tịch UBND tỉnh, nay là Phó Trưởng Ban Dân vận Trung ương, dự.',
    expect: {
      'Kiều Văn Phong': ['Phó Chủ tịch UBND tỉnh'],
      'Âu Thị Mai': ['nguyên Phó Chủ tịch UBND tỉnh', 'Phó Trưởng Ban Dân vận Trung ương'],
    },
  },
  {
    name: 'after an office a two-syllable province is the body\'s place, not a person; "và" is no part of a body',
    text: 'Ông Nguyễn Đức Trung, nguyên Chủ tịch Hà Nội, bị khởi tố. Ông Trần Văn Bình, nguyên Bí thư Tuyên Quang và ông Lê Văn Cường cùng dự.',
    expect: { 'Nguyễn Đức Trung': ['nguyên Chủ tịch Hà Nội'], 'Trần Văn Bình': ['nguyên Bí thư Tuyên Quang'], 'Lê Văn Cường': [] },
  },
  {
    name: 'a Youth Union committee in capitals ("Thành Đoàn") is a body, its surname-like word no name; "Thường trực" after an office is the title\'s',
    text: 'Anh Nguyễn Văn Châu, Bí thư Thành Đoàn Hà Nội, phát biểu. Phó Thủ tướng Thường trực Chính phủ Trần Hồng Hà dự.',
    expect: { 'Nguyễn Văn Châu': ['Bí thư Thành Đoàn Hà Nội'], 'Trần Hồng Hà': ['Phó Thủ tướng Thường trực Chính phủ'] },
  },
  {
    name: 'a bracketed abbreviation inside the title\'s body',
    text: 'Chủ tịch Ủy ban nhân dân (UBND) tỉnh Nghệ An Nguyễn Đức Trung dự.',
    expect: { 'Nguyễn Đức Trung': ['Chủ tịch Ủy ban nhân dân (UBND) tỉnh Nghệ An'] },
  },
  {
    name: 'a plural office and a colon head a list whose items ";" parts, each with its own office',
    text: 'Cùng dự có các Ủy viên Bộ Chính trị: Nguyễn Văn An, Bộ trưởng Công an; Trần Văn Bình, Bộ trưởng Quốc phòng. Ông Lê Văn Cường phát biểu.',
    expect: {
      'Nguyễn Văn An': ['Ủy viên Bộ Chính trị', 'Bộ trưởng Công an'],
      'Trần Văn Bình': ['Ủy viên Bộ Chính trị', 'Bộ trưởng Quốc phòng'],
      'Lê Văn Cường': [],
    },
  },
  {
    name: 'an appointment "cho các ông, bà:" names its holders; "cho biết" does not',
    text: 'Thủ tướng bổ nhiệm 3 Thứ trưởng Bộ Tài chính cho các ông, bà: Nguyễn Văn An, Trần Thị Bình, Lê Văn Cường. Chủ tịch UBND tỉnh cho biết ông Phạm Văn Dũng đã đến.',
    expect: {
      'Nguyễn Văn An': ['Thứ trưởng Bộ Tài chính'],
      'Trần Thị Bình': ['Thứ trưởng Bộ Tài chính'],
      'Lê Văn Cường': ['Thứ trưởng Bộ Tài chính'],
      'Phạm Văn Dũng': [],
    },
  },
  {
    name: 'an assistant or secretary "đồng chí X" serves X: the office is the person\'s before it',
    text: 'Ông Dương Mộng Huyền, Trợ lý đồng chí Phạm Minh Chính, dự họp.',
    expect: { 'Dương Mộng Huyền': ['Trợ lý'], 'Phạm Minh Chính': [] },
  },
  {
    name: 'the office first, its holder after "là": "nhiệm kỳ mới là ông X", "được chỉ định là ông X"; not a proposal',
    text: 'Bí thư Tỉnh ủy Vĩnh Long nhiệm kỳ mới là ông Trần Văn Lâm. Chủ tịch HĐND tỉnh được chỉ định là ông Nguyễn Văn Sơn. Chủ tịch UBND tỉnh được giới thiệu là ông Lê Văn An.',
    expect: { 'Trần Văn Lâm': ['Bí thư Tỉnh ủy Vĩnh Long'], 'Nguyễn Văn Sơn': ['Chủ tịch HĐND tỉnh'], 'Lê Văn An': [] },
  },
  {
    name: 'membership titles in apposition ("Thường vụ Tỉnh ủy", "HUV", "UVBTV Huyện ủy") keep the chain; "quyền" before an office stands between',
    text: 'Ông Phùng Quang Hùng, Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh phát biểu. Ông Lê Văn An, UVBTV Huyện ủy, Phó Chủ tịch UBND huyện dự. Ông Trần Văn Bình, Quyền Bộ trưởng Ngoại giao, phát biểu.',
    expect: {
      'Phùng Quang Hùng': ['Thường vụ Tỉnh ủy', 'Phó Chủ tịch UBND tỉnh'],
      'Lê Văn An': ['UVBTV Huyện ủy', 'Phó Chủ tịch UBND huyện'],
      'Trần Văn Bình': ['Bộ trưởng Ngoại giao'],
    },
  },
  {
    name: 'offices joined by "và" between two names: those before it are the first name\'s, those after it the second\'s',
    text: 'Dự có đồng chí Trần Văn An, Phó Bí thư Tỉnh ủy và Giám đốc Sở Nội vụ Lê Văn Bình. Ông Phạm Văn Cường, Bí thư Huyện ủy và Chủ tịch HĐND huyện, phát biểu.',
    expect: {
      'Trần Văn An': ['Phó Bí thư Tỉnh ủy'],
      'Lê Văn Bình': ['Giám đốc Sở Nội vụ'],
      'Phạm Văn Cường': ['Bí thư Huyện ủy', 'Chủ tịch HĐND huyện'],
    },
  },
  {
    name: 'a list opened by "các đồng chí" is the subject of a career verb, every name of it',
    text: 'Tại hội nghị, các đồng chí Trần Văn Tâm, Lâm Văn Sung được bầu làm Phó Bí thư Tỉnh ủy.',
    expect: { 'Trần Văn Tâm': ['Phó Bí thư Tỉnh ủy'], 'Lâm Văn Sung': ['Phó Bí thư Tỉnh ủy'] },
  },
  {
    name: 'a rank between a body and a name ends the body; a deputy chief of staff stays a deputy',
    text: 'Giám đốc Công an tỉnh Thanh Hóa Đại tá Trần Phú Hà phát biểu. Cục trưởng Cục Cảnh sát hình sự Thiếu tướng Đinh Văn Nơi dự. Phó Tổng Tham mưu trưởng Ngô Minh Tiến dự.',
    expect: {
      'Trần Phú Hà': ['Giám đốc Công an tỉnh Thanh Hóa'],
      'Đinh Văn Nơi': ['Cục trưởng Cục Cảnh sát hình sự'],
      'Ngô Minh Tiến': ['Phó Tổng Tham mưu trưởng'],
    },
  },
  {
    name: 'a foreign name after an office and a few words of its body (a country, a long country name, an acronym)',
    text: 'Tổng thống Hợp chúng quốc Hoa Kỳ Donald Trump thăm Việt Nam. Ông Lâm tiếp Đại sứ Hoa Kỳ tại Việt Nam Marc Knapper. Tổng thư ký ASEAN Lim Jock Hoi dự.',
    expect: {
      'Donald Trump': ['Tổng thống Hợp chúng quốc Hoa Kỳ'],
      'Marc Knapper': ['Đại sứ Hoa Kỳ tại Việt Nam'],
      'Lim Jock Hoi': ['Tổng thư ký ASEAN'],
    },
  },
  {
    name: 'a bracket after an office\'s body (a place, an abbreviation) stands between it and the next office or the name',
    text: 'Bị cáo Trần Văn An, cựu Chủ tịch UBND huyện Như Thanh (Thanh Hóa), cựu Giám đốc Sở Xây dựng, bị tuyên án. Giám đốc Sở Tài nguyên và Môi trường (TN&MT) Nguyễn Văn Bình phát biểu. Chủ tịch Ủy ban Mặt trận Tổ quốc (MTTQ) tỉnh Lê Văn Cường dự.',
    expect: {
      'Trần Văn An': ['cựu Chủ tịch UBND huyện Như Thanh', 'cựu Giám đốc Sở Xây dựng'],
      'Nguyễn Văn Bình': ['Giám đốc Sở Tài nguyên và Môi trường'],
      'Lê Văn Cường': ['Chủ tịch Ủy ban Mặt trận Tổ quốc (MTTQ) tỉnh'],
    },
  },
  {
    name: 'the Commander-in-Chief of the armed forces is an office of a chain',
    text: 'Tổng Bí thư, Chủ tịch nước, Thống lĩnh các lực lượng vũ trang Nguyễn Văn Trọng dự.',
    expect: { 'Nguyễn Văn Trọng': ['Tổng Bí thư', 'Chủ tịch nước', 'Thống lĩnh các lực lượng vũ trang'] },
  },
  {
    name: 'career lists ("đã trải qua các chức vụ:", "từng giữ các chức vụ"), "hiện đang là", and "Bà Nga là" for the last person of that given name',
    text: 'Ông Nguyễn Văn An đã trải qua các chức vụ: Bí thư Huyện ủy Sóc Sơn, Phó Chủ tịch UBND tỉnh. Ông Lê Văn Bình hiện đang là Giám đốc Sở Nội vụ. Bà Trần Thị Nga sinh năm 1975. Ông Phạm Văn Cường dự. Bà Nga là Phó Bí thư Quận ủy.',
    expect: {
      'Nguyễn Văn An': ['Bí thư Huyện ủy Sóc Sơn', 'Phó Chủ tịch UBND tỉnh'],
      'Lê Văn Bình': ['Giám đốc Sở Nội vụ'],
      'Trần Thị Nga': ['Phó Bí thư Quận ủy'],
      'Phạm Văn Cường': [],
    },
  },
  {
    name: 'a plural office "gồm:" a list; an ambassador plenipotentiary keeps the words of the office',
    text: 'Các Phó Bí thư Tỉnh Đoàn gồm: anh Nguyễn Văn An và chị Lê Thị Bình. Đại sứ đặc mệnh toàn quyền Việt Nam tại Lào Nguyễn Bá Hùng dự.',
    expect: {
      'Nguyễn Văn An': ['Phó Bí thư Tỉnh Đoàn'],
      'Lê Thị Bình': ['Phó Bí thư Tỉnh Đoàn'],
      'Nguyễn Bá Hùng': ['Đại sứ đặc mệnh toàn quyền Việt Nam tại Lào'],
    },
  },
  {
    name: 'details of a life between a name and its offices; a career list after "giữ chức vụ:"; lists of two plural offices stay apart',
    text: 'Đồng chí Trương Văn Trọng, sinh năm 1942, nguyên Ủy viên Bộ Chính trị, đã từ trần. Ông Nguyễn Văn Lợi từng giữ chức vụ: Bí thư Thị ủy Đồng Xoài, Phó Chủ tịch UBND tỉnh. Ông Tất Văn Cang, trong thời gian giữ cương vị Phó Bí thư Thường trực Thành ủy, đã vi phạm. Dự có các Phó Thủ tướng: Trần Hồng Hà, Lê Thành Long; các Bộ trưởng: Nguyễn Văn Thắng, Hồ Đức Phớc.',
    expect: {
      'Trương Văn Trọng': ['nguyên Ủy viên Bộ Chính trị'],
      'Nguyễn Văn Lợi': ['Bí thư Thị ủy Đồng Xoài', 'Phó Chủ tịch UBND tỉnh'],
      'Tất Văn Cang': ['Phó Bí thư Thường trực Thành ủy'],
      'Trần Hồng Hà': ['Phó Thủ tướng'],
      'Lê Thành Long': ['Phó Thủ tướng'],
      'Nguyễn Văn Thắng': ['Bộ trưởng'],
      'Hồ Đức Phớc': ['Bộ trưởng'],
    },
  },
  {
    name: 'the offices of a career timeline are the biography subject\'s',
    text: 'Tiểu sử đồng chí Nguyễn Văn An\n- Tháng 3/1990: Phó Giám đốc Sở Tài chính.\n- Từ 5/1995 - 2000: Giám đốc Sở Tài chính tỉnh Nghệ An.\n- Tháng 8/2015: Bí thư Tỉnh ủy.',
    expect: { 'Nguyễn Văn An': ['Phó Giám đốc Sở Tài chính', 'Giám đốc Sở Tài chính tỉnh Nghệ An', 'Bí thư Tỉnh ủy'] },
  },
  {
    name: 'appointments of 2025: "các ông, bà A, B giữ chức", "Ông A và ông B được chỉ định giữ chức", "được chỉ định là"',
    text: 'Bộ Chính trị chỉ định các ông, bà Hoàng Văn Giang, Trần Huy Tuấn giữ chức Phó Bí thư Tỉnh ủy. Ông Tạ Anh Tuấn và ông Đỗ Hữu Huy được chỉ định giữ chức Phó Bí thư Thành ủy. Ông Lê Văn Nam được chỉ định là Bí thư Tỉnh ủy Gia Lai.',
    expect: {
      'Hoàng Văn Giang': ['Phó Bí thư Tỉnh ủy'],
      'Trần Huy Tuấn': ['Phó Bí thư Tỉnh ủy'],
      'Tạ Anh Tuấn': ['Phó Bí thư Thành ủy'],
      'Đỗ Hữu Huy': ['Phó Bí thư Thành ủy'],
      'Lê Văn Nam': ['Bí thư Tỉnh ủy Gia Lai'],
    },
  },
  {
    name: 'names in a list with one cue',
    text: 'Các ứng cử viên gồm bà Trần Thị Ngọc, Lê Quang Huy và Phạm Duy.',
    expect: { 'Trần Thị Ngọc': [], 'Lê Quang Huy': [], 'Phạm Duy': [] },
  },
];

describe('positions', () => {
  for (const form of ['NFC', 'NFD'] as const) {
    test.each(cases)(`${form}: $name`, ({ text, expect: wanted }) => {
      const got = people(text.normalize(form));
      const canonical = Object.fromEntries(Object.entries(got).map(([k, v]) => [k.normalize('NFC'), v.map((x) => x.normalize('NFC'))]));
      expect(canonical).toEqual(wanted);
    });
  }
});

describe('title mentions', () => {
  const text =
    'Sáng 30/7, Bí thư Thành ủy Nguyễn Văn Bình chủ trì hội nghị. Phát biểu kết luận, đồng chí Bí thư Thành ủy biểu dương các quận. Các Bí thư, Chủ tịch UBND cấp xã cần chủ động.';
  const result: Extraction = extract(text);
  const titles = result.mentions.filter((m) => m.type === 'title');

  test('a title before a name and a title-only reference link to the holder', () => {
    expect(titles.map((t) => [t.text, t.type === 'title' ? t.personIndex : undefined])).toEqual([
      ['Bí thư Thành ủy', 0],
      ['Bí thư Thành ủy', 0],
    ]);
    expect(result.people[0]!.mentions).toHaveLength(3);
  });

  test('offices that name no one are not mentions', () => {
    expect(titles.some((t) => t.text.startsWith('Bí thư,') || t.text.startsWith('Chủ tịch UBND cấp'))).toBe(false);
  });

  test('a position has its title and organization', () => {
    expect(result.people[0]!.positions).toEqual([{ text: 'Bí thư Thành ủy', title: 'Bí thư', organization: 'Thành ủy' }]);
  });
});
