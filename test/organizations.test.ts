/**
 * Organizations and locations beyond one-mention examples (those are in the rule corpora):
 * the exported name pattern as a title's organization, lists, and places inside bodies.
 */
import { describe, expect, test } from 'vitest';
import { createExtractor, type Mention } from '../src/index.js';
import { build, matches } from '../src/patterns/compose.js';
import { organizationName } from '../src/patterns/organizations.js';

const extractor = createExtractor({ types: ['organization', 'location'] });

function texts(text: string, type: Mention['type']): string[] {
  return extractor
    .extract(text)
    .mentions.filter((m) => m.type === type)
    .map((m) => m.text);
}

describe('organizationName ends where a title’s organization ends', () => {
  const afterTitle = build(String.raw`(?:Phó\s+Bí\s+thư\s+Thường\s+trực|Chủ\s+tịch|Trưởng|Bí\s+thư|Giám\s+đốc)\s+(?<org>{{org}})`, { org: organizationName }, 'g');
  test.each([
    ['Chủ tịch UBND tỉnh Lạng Sơn Hồ Tiến Thiệu', 'UBND tỉnh Lạng Sơn'],
    ['Phó Bí thư Thường trực Thành ủy Lê Văn An', 'Thành ủy'],
    ['Trưởng ban Tổ chức Thành ủy Trần Văn Bình', 'ban Tổ chức Thành ủy'],
    ['Bí thư Tỉnh ủy Thái Bình Ngô Đông Hải', 'Tỉnh ủy Thái Bình'],
    ['Chủ tịch HĐND TP Nguyễn Văn Phong', 'HĐND TP'],
    ['Giám đốc Sở Y tế tỉnh Cà Mau Lê Văn Sử', 'Sở Y tế tỉnh Cà Mau'],
    ['Bí thư Huyện ủy Kỳ Anh, ông', 'Huyện ủy Kỳ Anh'],
  ])('%s', (text, org) => {
    expect([...matches(afterTitle, text)].map((m) => m.groups.org)).toEqual([org]);
  });
});

describe('organizations', () => {
  test('coordinated bodies are separate mentions', () => {
    expect(texts('Bộ Chính trị, Ban Bí thư và Ban Chấp hành Trung ương Đảng', 'organization')).toEqual([
      'Bộ Chính trị',
      'Ban Bí thư',
      'Ban Chấp hành Trung ương Đảng',
    ]);
  });
  test.each([
    ['Cục Thuế tỉnh và Sở Tài chính phối hợp thực hiện', ['Cục Thuế tỉnh', 'Sở Tài chính']],
    ['Hội Nông dân tỉnh và Tỉnh đoàn ký kết chương trình', ['Hội Nông dân tỉnh', 'Tỉnh đoàn']],
    ['Hội Nông dân và Hội Phụ nữ tỉnh', ['Hội Nông dân', 'Hội Phụ nữ tỉnh']],
    ['đại diện Hội Cựu chiến binh và lãnh đạo tỉnh dự', ['Hội Cựu chiến binh']],
    // "và" between two capitalized parts of one name stays inside it.
    ['Viện Khoa học và Công nghệ Việt Nam', ['Viện Khoa học và Công nghệ Việt Nam']],
    ['Học viện Báo chí và Tuyên truyền', ['Học viện Báo chí và Tuyên truyền']],
  ])('"và" ends an institution before another body or a lower-case word: %s', (text, bodies) => {
    expect(texts(text, 'organization')).toEqual(bodies);
  });
  test.each([
    ['Chủ nhiệm Ủy ban Kiểm tra (UBKT) Tỉnh ủy Lê Văn Hải dự', 'Ủy ban Kiểm tra (UBKT) Tỉnh ủy', 'Ủy ban Kiểm tra Tỉnh ủy'],
    ['Hội Liên hiệp Phụ nữ (LHPN) tỉnh đã tổ chức', 'Hội Liên hiệp Phụ nữ (LHPN) tỉnh', 'Hội Liên hiệp Phụ nữ tỉnh'],
    // The name before the bracket need not be a mention when it spells the abbreviation out.
    ['Ủy ban nhân dân (UBND) tỉnh Nghệ An ban hành', 'Ủy ban nhân dân (UBND) tỉnh Nghệ An', 'Ủy ban nhân dân tỉnh Nghệ An'],
  ])('a bracketed abbreviation inside a name is one organization: %s', (text, span, name) => {
    const found = extractor.extract(text).mentions.filter((m) => m.type === 'organization');
    expect(found.map((m) => [m.text, m.type === 'organization' ? m.name : ''])).toEqual([[span, name]]);
  });
  test('a bracketed abbreviation after a whole name defines it', () => {
    expect(texts('Bộ Công an (BCA) đã chỉ đạo. BCA yêu cầu', 'organization')).toEqual(['Bộ Công an', 'BCA', 'BCA']);
  });
  test.each([
    ['Ban Thường vụ Hội Nông dân tỉnh họp', 'Ban Thường vụ Hội Nông dân tỉnh'],
    ['Ban Chấp hành Liên đoàn Lao động tỉnh quyết định', 'Ban Chấp hành Liên đoàn Lao động tỉnh'],
    ['Ban Chấp hành Tỉnh đoàn họp', 'Ban Chấp hành Tỉnh đoàn'],
    ['Ban Thường vụ Đoàn TNCS Hồ Chí Minh tỉnh Thanh Hóa họp', 'Ban Thường vụ Đoàn TNCS Hồ Chí Minh tỉnh Thanh Hóa'],
  ])('a board named with its mass organization is one organization: %s', (text, body) => {
    expect(texts(text, 'organization')).toEqual([body]);
    expect(texts(text, 'location')).toEqual([]);
  });
  test('wards named after people are places, each of a list', () => {
    expect(texts('các phường Đồng Tâm, Nguyễn Thái Học và Hồng Hà', 'location')).toEqual(['Đồng Tâm', 'Nguyễn Thái Học', 'Hồng Hà']);
  });
  test('bodies in a list opened by "các" are generic', () => {
    expect(texts('gửi các tỉnh ủy, thành ủy; các Ban Đảng, Ban cán sự đảng; Đảng đoàn, Đảng ủy trực thuộc Trung ương', 'organization')).toEqual([
      'Trung ương',
    ]);
  });
  test('a word named like a member of Object.prototype is no abbreviation (regression)', () => {
    const found = extractor.extract('Viện trưởng Viện Nghiên cứu constructor cho biết.').mentions.filter((m) => m.type === 'organization');
    expect(found.map((m) => [m.text, m.canonical])).toEqual([['Viện Nghiên cứu constructor', undefined]]);
  });
  test('a body nested in a longer one is not reported again', () => {
    expect(texts('Ủy viên Ban Thường vụ Tỉnh ủy Hà Giang', 'organization')).toEqual(['Ban Thường vụ Tỉnh ủy Hà Giang']);
  });  test('a list sharing "Bộ" names each ministry; later items span the portfolio', () => {
    const found = extractor.extract('Tổ công tác gồm các Bộ Y tế, Công an, Quốc phòng và Ngoại giao.').mentions.filter((m) => m.type === 'organization');
    expect(found.map((m) => [m.text, m.name])).toEqual([
      ['Tổ công tác', 'Tổ công tác'],
      ['Bộ Y tế', 'Bộ Y tế'],
      ['Công an', 'Bộ Công an'],
      ['Quốc phòng', 'Bộ Quốc phòng'],
      ['Ngoại giao', 'Bộ Ngoại giao'],
    ]);
  });
  test('an abbreviation defined in brackets names the body wherever it is used', () => {
    const text = 'Trung tâm Kiểm soát bệnh tật (CDC) tỉnh đã lấy mẫu. Sau đó, CDC Nghệ An công bố kết quả; CDC cũng đề nghị người dân khai báo.';
    const found = extractor.extract(text).mentions.filter((m) => m.type === 'organization');
    expect(found.map((m) => [m.text, m.canonical])).toEqual([
      // The bracket inside the first mention's name: one organization, the place after it included.
      ['Trung tâm Kiểm soát bệnh tật (CDC) tỉnh', undefined],
      ['CDC Nghệ An', 'Trung tâm Kiểm soát bệnh tật Nghệ An'],
      ['CDC', 'Trung tâm Kiểm soát bệnh tật'],
    ]);
    expect(texts(text, 'location')).toEqual([]);
  });
  test('an abbreviation defined with its place', () => {
    const text = 'Trung tâm Kiểm soát bệnh tật tỉnh Hải Dương (CDC Hải Dương) cho biết.';
    const found = extractor.extract(text).mentions.filter((m) => m.type === 'organization');
    expect(found.map((m) => [m.text, m.canonical])).toEqual([
      ['Trung tâm Kiểm soát bệnh tật tỉnh Hải Dương', undefined],
      ['CDC Hải Dương', 'Trung tâm Kiểm soát bệnh tật tỉnh Hải Dương'],
    ]);
    expect(texts(text, 'location')).toEqual([]);
  });
  test('an abbreviation nobody defined is left alone', () => {
    expect(texts('Theo CDC, số ca mắc giảm.', 'organization')).toEqual([]);
  });
});

describe('locations', () => {
  test('names after a plural head are locations without the prefix', () => {
    expect(texts('gồm các huyện Kỳ Anh, Cẩm Xuyên và Hương Khê', 'location')).toEqual(['Kỳ Anh', 'Cẩm Xuyên', 'Hương Khê']);
  });
  test('names listed after one unit are locations too', () => {
    expect(texts('gồm huyện Nghi Lộc, Diễn Châu có 3 đại biểu', 'location')).toEqual(['huyện Nghi Lộc', 'Diễn Châu']);
  });
  test('an address chain: every link is a place when one is known', () => {
    expect(texts('Từ Làng Chùa, Kim Bảng, Hà Nam, ông đã ra đi', 'location')).toEqual(['Làng Chùa', 'Kim Bảng', 'Hà Nam']);
    expect(texts('Quê ở Kim Bảng, Bác Ba kể', 'location')).toEqual([]);
    expect(texts('gặp ông Tuấn, Hà Nam', 'location')).toEqual(['Hà Nam']);
  });
  test('a list of countries', () => {
    expect(texts('các nước như Campuchia, Lào, Thái Lan', 'location')).toEqual(['Campuchia', 'Lào', 'Thái Lan']);
  });
  test('a place inside an organization is not a location', () => {
    expect(texts('UBND tỉnh Quảng Ninh làm việc tại tỉnh Quảng Ninh', 'location')).toEqual(['tỉnh Quảng Ninh']);
    expect(texts('UBND tỉnh Quảng Ninh làm việc tại tỉnh Quảng Ninh', 'organization')).toEqual(['UBND tỉnh Quảng Ninh']);
  });
});
