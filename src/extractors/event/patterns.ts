/**
 * Sub-patterns for numbered congresses, plenums and sessions, shared by the event rules and
 * by the document rules (a congress or plenum resolution names its event: "Nghị quyết Đại
 * hội XIII", "Nghị quyết Hội nghị Trung ương 4 khóa XII").
 */
import { arabic, ordinalValue, roman } from '../../patterns/ordinals.js';

/** A capitalized word ("Thành", "Hồ", "MTTQ"). */
export const capWord = String.raw`\p{Lu}[\p{L}\p{M}]*`;

/** Lower-case words that belong to the name of a Party or mass organization ("Đảng bộ tỉnh", "đại biểu toàn quốc"). */
const bodyLower = String.raw`(?:đại|biểu|toàn|quốc|bộ|tỉnh|thành|phố|đô|phủ|nước|tài|chính|ngoại|giao|sự|văn|phòng|ban|đặc|khu|vụ|tế|huyện|quận|thị|xã|phường|đảng|ủy|cộng|sản|nhân|dân|thanh|niên|phụ|nữ|công|đoàn|hội|chi|cơ|sở|khối|trực|thuộc|sinh|viên|nông|cựu|chiến|binh|tổ|chức|ương|các|cơ|quan|doanh|nghiệp|quân|đội|an|liên|hiệp|hợp|tác)(?![\p{L}\p{M}])`;

/** The words between "Đại hội" and its ordinal: "đại biểu toàn quốc", "Đảng bộ tỉnh", "MTTQ Việt Nam", "Đảng bộ TP.HCM". */
export const congressBody = String.raw`(?:(?:\p{Lu}+\.\p{Lu}+|${capWord}|${bodyLower})\s+){0,12}`;

/** "Đảng bộ Thành phố", "Đảng bộ tỉnh Nghệ An" written after the ordinal ("Đại hội XVII Đảng bộ Thành phố"). */
export const trailingBody = String.raw`Đảng\s+bộ(?:\s+(?:[Tt]ỉnh|[Tt]hành\s+phố|[Hh]uyện|[Qq]uận|[Tt]hị\s+xã|[Xx]ã|[Pp]hường|[Kk]hối))?(?:\s+${capWord}){0,4}`;

/** "khóa XII", "(khóa XI, XII)", "khóa XI, khóa XII": the terms are in group `terms`. */
export const termsPattern = String.raw`(?<terms>\s*\(\s*khóa\s+${roman}(?:\s*(?:,|và)\s*(?:khóa\s+)?${roman})*\s*\)|\s*,?\s+khóa\s+${roman}(?:(?:\s*,\s*|\s+và\s+)khóa\s+${roman}|\s*,\s*${roman})*)`;

/** The Roman numerals of a terms group, in order. */
export function termsOf(written: string | undefined): string[] | undefined {
  if (!written) return undefined;
  const terms = written.match(/[IVXL]+/g);
  return terms?.length ? [...new Set(terms)] : undefined;
}

/**
 * An Arabic ordinal right after "Đại hội" or "Đại hội Đảng" ("nhiệm kỳ Đại hội 13"): one or two digits that are
 * no date ("Đại hội 13/10"), decimal or count ("Đại hội 5 năm", "Đại hội 300 đại biểu").
 */
const congressArabic = String.raw`[1-9]\d?(?![\p{L}\p{N}\p{M}])(?!\s?[-/.,:]\s?\d)(?!\s+(?:năm|tháng|ngày|người|đại\s+biểu|đồng\s+chí|đảng\s+viên|đơn\s+vị|cấp|%)(?![\p{L}\p{M}]))`;

/** A congress: "Đại hội XIII", "Đại hội 13", "Đại hội đại biểu toàn quốc lần thứ XIII", "Đại hội XVII Đảng bộ Thành phố", "Đại hội đại biểu Đảng bộ tỉnh khóa XX". */
export const congressPattern = String.raw`[Đđ]ại\s+hội\s+(?:(?<cbody>${congressBody})(?:(?:lần\s+)?thứ\s+(?<cord>${ordinalValue})|(?:khóa\s+)?(?<croman>${roman}))|(?:Đảng\s+)?(?<carabic>${congressArabic}))(?:\s+(?<ctrail>${trailingBody}))?`;

/** The Central Committee as a plenum's name: "Trung ương", or "TW"/"TƯ" in headlines ("Hội nghị TW 8"). */
export const central = String.raw`(?:Trung\s+ương|T[WƯ](?![\p{L}\p{N}]))`;

/** Party committees that hold plenums: "Ban Chấp hành Đảng bộ tỉnh", "Thành ủy Thành phố Hồ Chí Minh", "BCH Trung ương Đảng". */
const committeeHead = String.raw`(?:Ban\s+[Cc]hấp\s+hành|Ban\s+[Tt]hường\s+vụ|BCH|BTV|Thành\s+ủy|Tỉnh\s+ủy|Huyện\s+ủy|Quận\s+ủy|Thị\s+ủy|Đảng\s+ủy|Quân\s+ủy)`;
/** Lower-case syllables of the names of mass organizations that hold plenums: "Ban Chấp hành Tỉnh đoàn", "… Hội Nông dân tỉnh". */
const massLower = String.raw`(?:đoàn|dân|nữ|niên|binh|chiến|cựu|nông|động|lao|liên|hiệp|phụ|thanh|công|cộng|sản)(?![\p{L}\p{M}])`;
const committeeTail = String.raw`(?:\s+(?:(?:Thành|Tỉnh|Huyện|Quận|Thị|Đảng)\s+ủy|Trung\s+ương|Đảng(?:\s+bộ)?|[Tt]ỉnh|[Tt]hành\s+phố|[Hh]uyện|[Qq]uận|[Tt]hị\s+xã|[Xx]ã|[Pp]hường|${capWord}|${massLower})){0,8}`;
export const committee = String.raw`${committeeHead}${committeeTail}`;

/**
 * A numbered plenum: "Hội nghị Trung ương 8", "Hội nghị lần thứ năm Ban Chấp hành Trung ương
 * Đảng", "Hội nghị Thành ủy Thành phố Hồ Chí Minh lần thứ 10"; the term after it is optional.
 */
/** "(mở rộng)": a plenum widened to more participants, written after its number. */
const widened = String.raw`(?:\s*\([Mm]ở\s+rộng\))?`;

export const plenumPattern = String.raw`Hội\s+nghị\s+(?:(?<pcentral>${central})(?:\s+Đảng)?\s*(?:lần\s+thứ\s+(?<pnum>${ordinalValue})|(?<pnum2>${arabic}|${roman}))|(?:lần\s+)?thứ\s+(?<pord>${ordinalValue})${widened}(?:\s+(?<pbody>${committee}))?|(?<pbody2>${committee})\s+(?:lần\s+)?thứ\s+(?<pord2>${ordinalValue}))(?:${termsPattern})?`;

/** The body of a central plenum, as the gold and the Party write it. */
export const CENTRAL_COMMITTEE = 'Ban Chấp hành Trung ương Đảng';
