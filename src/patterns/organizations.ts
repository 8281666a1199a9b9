/**
 * Named sub-patterns for the names of Party, State and mass organizations, shared by the
 * organization rules and by the person rules (a title's organization ends where these end:
 * "Phó Bí thư Thường trực Thành ủy", "Trưởng ban Tổ chức Thành ủy", "Chủ tịch UBND tỉnh Yên
 * Bái"). Every export is a self-contained XRegExp source string without capturing groups,
 * so it can be embedded any number of times: `build('{{title}}\\s+{{org}}', { org: organizationName })`.
 * All patterns expect the normalized text (NFC, new tone placement, plain spaces, "-").
 * Stable exports: organizationName, partyCommittee, committeeRef, placeName, provinceName,
 * levelPlace, termSuffix, portfolio, institutionName.
 */
import XRegExp from 'xregexp';
import orgs from '../lexicon/organizations.json' with { type: 'json' };
import provinces from '../lexicon/provinces.json' with { type: 'json' };
import surnames from '../lexicon/surnames.json' with { type: 'json' };

/** Literal phrases as one alternation, longest first; `loose` lets each word's initial be either case. */
export function phrases(list: readonly string[], loose = false): string {
  return [...new Set(list)]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.split(/\s+/).map((w) => (loose ? looseWord(w) : XRegExp.escape(w))).join(String.raw`\s+`))
    .join('|');
}

/** "Ngân" → "[Nn]gân": news writes committee and portfolio names in either case. */
function looseWord(word: string): string {
  const first = word[0]!;
  const rest = XRegExp.escape(word.slice(1));
  const lower = first.toLowerCase();
  const upper = first.toUpperCase();
  return lower === upper ? XRegExp.escape(word) : `[${upper}${lower}]${rest}`;
}

const group = (source: string): string => `(?:${source})`;

/** A capitalized syllable ("Yên", "Đắk") and a lower-case one. */
export const capWord = String.raw`\p{Lu}[\p{Ll}\p{M}]*`;
const lowWord = String.raw`\p{Ll}[\p{Ll}\p{M}]*`;
const romanNumeral = String.raw`[IVXL]+(?![\p{L}\p{M}])`;
/** An all-capitals abbreviation inside a name: "TPHCM", "ĐHQG". */
const acronym = String.raw`\p{Lu}{2,}[\p{Lu}\p{N}]*(?![\p{L}\p{M}])`;

/**
 * A common surname and two more capitalized syllables start a person's name, not a place:
 * "HĐND TP Nguyễn Ngọc Tuấn". Surnames that also begin place names ("Hà", "Lâm") are left out.
 */
const placeLikeSurnames = new Set(surnames.notSurnamesWhenAlone);
const personStart = group(
  String.raw`(?:${phrases(surnames.surnames.slice(0, 60).filter((s) => !placeLikeSurnames.has(s)))})\s+${capWord}\s+\p{Lu}`,
);

/** The 63 + 34 provincial units and their usual spellings ("TP.HCM", "Thừa Thiên - Huế"). */
export const provinceName = group(phrases(provinces.provinces.flatMap((p) => [p.name, ...(p.aliases ?? [])])));

/** A place name that is not in the province list: up to three capitalized syllables or a number ("Quận 1"). */
const otherPlace = group(String.raw`\d+(?![\p{N}/.,-]\p{N})|(?!${personStart})${capWord}(?:\s+(?!${personStart})${capWord}){0,2}`);

/** A place name: a province first ("Yên Bái"), else a district or commune name ("Sóc Sơn"). */
export const placeName = group(`${provinceName}|${otherPlace}`);

/** Administrative levels that introduce a place inside a body's name: "UBND tỉnh …", "HĐND TP". */
const level = group(String.raw`[Tt]ỉnh|[Tt]hành\s+phố|T[Pp]\.?|[Qq]uận|[Hh]uyện|[Tt]hị\s+xã|[Tt]hị\s+trấn|[Xx]ã|[Pp]hường|[Đđ]ặc\s+khu`);

/** "tỉnh Yên Bái", "thành phố" (the one the article is about), "TP Hà Nội", "TP.HCM". */
export const levelPlace = group(String.raw`${provinceName}(?![\p{L}\p{M}])|${level}(?![\p{L}\p{M}])(?:\s*(?<=\.\s*|\s)${placeName})?`);

/** "khóa XII", "(khóa XII)": a term after a body stays in its span, not in its name. */
export const termSuffix = group(String.raw`\s+\(?[Kk]hóa\s+(?:${romanNumeral}|\d+(?!\p{N}))\)?`);

const centralLevel = String.raw`[Tt]rung\s+ương(?:\s+Đảng)?`;

/** A bloc of Party units: "Khối các cơ quan Trung ương", "Khối Doanh nghiệp tỉnh". */
const bloc = String.raw`Khối\s+(?:các\s+cơ\s+quan|${capWord}(?:\s+${lowWord})?)(?:\s+(?:Trung\s+ương|${levelPlace}))?`;

const partyCommitteeKinds = [
  String.raw`(?:Thành|Tỉnh)\s+ủy(?:\s+${provinceName}(?![\p{L}\p{M}]))?`,
  String.raw`(?:Huyện|Quận|Thị)\s+ủy(?:\s+${placeName})?`,
  String.raw`Quân\s+ủy\s+Trung\s+ương`,
  String.raw`Đảng\s+ủy(?:\s+(?:${bloc}|Công\s+an(?:\s+Trung\s+ương)?|Quân\s+sự\s+${levelPlace}|Quân\s+đội|Chính\s+phủ|Quốc\s+hội|Ngoài\s+nước|${levelPlace}))?`,
];
/** Party committees: "Thành ủy", "Tỉnh ủy Nghệ An", "Quận ủy Ba Đình", "Đảng ủy Công an Trung ương"; not the title "Thành ủy viên". */
export const partyCommittee = group(group(partyCommitteeKinds.join('|')) + String.raw`(?!\s+viên)`);

/** Ministry and department portfolios, in either case: "Công an", "Tài chính - ngân sách". */
export const portfolio = group(`${phrases(orgs.portfolios, true)}|${phrases(Object.keys(orgs.portfolioAbbreviations))}`);

const partyBoardFunction = group(phrases(orgs.partyBoardFunctions));
const assemblyCommittee = group(phrases(orgs.assemblyCommittees, true));

/** A Party unit named by level: "Đảng bộ tỉnh", "Đảng bộ Thành phố Hồ Chí Minh" (not "Đảng bộ các cấp"). */
const partyOrganization = group(String.raw`Đảng\s+bộ\s+(?:${levelPlace}|${bloc}|Quân\s+đội|Công\s+an\s+Trung\s+ương)`);

/** The body a board or commission belongs to: "Thành ủy", "Trung ương", "Đảng bộ tỉnh", "Quốc hội". */
export const committeeRef = group(`${partyCommittee}|${partyOrganization}|${centralLevel}|Quốc\\s+hội|Chính\\s+phủ`);

const ministry = group(String.raw`Bộ\s+(?:${portfolio})(?![\p{L}\p{M}])`);

/** Boards and commissions of the Party: "Ban Tổ chức Thành ủy", "ban Kinh tế Trung ương", "Ban Thường vụ Tỉnh ủy". */
const partyBoard = group(
  [
    String.raw`Bộ\s+Chính\s+trị`,
    String.raw`Ban\s+Bí\s+thư(?:\s+Trung\s+ương\s+Đảng)?`,
    String.raw`Ban\s+[Cc]hấp\s+hành\s+${committeeRef}|Ban\s+Chấp\s+hành`,
    String.raw`(?:Ban\s+[Tt]hường\s+vụ|BTV)\s+${committeeRef}|Ban\s+Thường\s+vụ(?!\s+các)`,
    String.raw`(?<![Bb]an\s)Thường\s+vụ(?:\s+${committeeRef})?(?!\s+các)`,
    String.raw`(?:Ủy\s+ban|UB)\s+[Kk]iểm\s+tra(?:\s+${committeeRef})?|UBKT\s+${committeeRef}`,
    String.raw`[Bb]an\s+${partyBoardFunction}(?:\s+${committeeRef})?`,
    String.raw`Ban\s+[Cc]án\s+sự\s+[Đđ]ảng(?:\s+(?:${ministry}|Chính\s+phủ|${levelPlace}))?`,
    String.raw`Đảng\s+đoàn\s+(?:Quốc\s+hội|Mặt\s+trận\s+Tổ\s+quốc\s+Việt\s+Nam|MTTQ\s+Việt\s+Nam|${capWord}(?:\s+${capWord}){0,3})`,
    String.raw`(?<!(?:Bí\s+thư|Chủ\s+tịch|[Tt]rưởng\s+ban|[Tt]rưởng|Phó|[Cc]hánh\s+[Vv]ăn\s+phòng)\s+)Thường\s+trực\s+(?:${partyCommittee}|(?:HĐND|Hội\s+đồng\s+nhân\s+dân)\s+${levelPlace})`,
    partyOrganization,
    partyCommittee,
    String.raw`Trung\s+ương\s+Đảng`,
  ].join('|'),
);

/** "Ban Chỉ đạo", "Ban Chỉ đạo quốc gia phòng, chống dịch Covid-19", "Ban Chỉ đạo Chương trình 01-CTr/TU". */
const steeringBoard = group(
  String.raw`Ban\s+[Cc]hỉ\s+đạo(?:\s+(?:Trung\s+ương|quốc\s+gia|Thành\s+phố|${levelPlace}|Chương\s+trình\s+(?:số\s+)?[\p{N}\p{Lu}][\p{L}\p{N}/-]*))?(?:\s+(?:về\s+)?phòng,\s+chống\s+(?:dịch\s+)?(?:bệnh\s+)?(?:[\p{Lu}\p{N}][\p{L}\p{N}-]*|tham\s+nhũng(?:,\s+(?:lãng\s+phí,\s+)?tiêu\s+cực)?))?`,
);

/** Named delegations: "Đoàn kiểm tra", "Đoàn công tác", "Đoàn đại biểu Quốc hội tỉnh Nghệ An". */
const delegation = group(
  String.raw`Đoàn\s+(?:kiểm\s+tra|công\s+tác|giám\s+sát)(?:\s+(?:số\s+)?\d+(?![\p{N}/-]))?|(?:Đoàn\s+[Đđ]ại\s+biểu\s+Quốc\s+hội|Đoàn\s+ĐBQH)(?:\s+${levelPlace})?`,
);

/** Courts and procuracies: "TAND tối cao", "Tòa án nhân dân TP Hà Nội", "Viện KSND tối cao". */
const judiciary = group(
  String.raw`(?:Tòa\s+án\s+[Nn]hân\s+dân|TAND|Viện\s+[Kk]iểm\s+sát\s+[Nn]hân\s+dân|VKSND|Viện\s+KSND|Tòa\s+án\s+[Qq]uân\s+sự)(?:\s+(?:tối\s+cao|cấp\s+cao(?:\s+tại\s+${placeName})?|Trung\s+ương|${levelPlace}))?(?!\s+các)`,
);

/** People's councils and committees with their level: "UBND tỉnh Quảng Ninh", "HĐND TP", "Ủy ban Nhân dân thành phố". */
const localGovernment = group(
  String.raw`(?:HĐND|UBND|Hội\s+đồng\s+[Nn]hân\s+dân|Ủy\s+ban\s+[Nn]hân\s+dân)\s+${levelPlace}|(?:Công\s+an|Bộ\s+Chỉ\s+huy\s+Quân\s+sự)\s+(?:${levelPlace}|nhân\s+dân(?:\s+Việt\s+Nam)?)`,
);

/** The Fatherland Front in its spellings: "UB Trung ương MTTQ Việt Nam", "Ủy ban MTTQ tỉnh …", "Mặt trận Tổ quốc". */
const front = group(
  String.raw`(?:(?:Ủy\s+ban|UB)\s+(?:Trung\s+ương|TƯ|TW)\s+|UBTƯ\s+|UBTW\s+|Ủy\s+ban\s+|UB\s*)?(?:MTTQ|Mặt\s+trận\s+Tổ\s+quốc)(?:\s+(?:Việt\s+Nam|VN)(?![\p{L}\p{M}]))?(?:\s+${levelPlace})?`,
);

/** State bodies by name, National Assembly committees, ministries and provincial departments. */
const stateBody = group(
  [
    String.raw`(?<!Nhà\s)(?:${phrases(orgs.stateBodies)})`,
    String.raw`Ủy\s+ban\s+(?:${assemblyCommittee})(?:\s+Quốc\s+hội)?`,
    ministry,
    String.raw`Sở\s+(?:${portfolio})(?:\s+${levelPlace})?`,
    String.raw`Quân\s+đội(?:\s+nhân\s+dân(?:\s+Việt\s+Nam)?)?`,
    localGovernment,
    judiciary,
  ].join('|'),
);

/** Mass organizations, youth unions, religious boards. */
const massOrganization = group(
  [
    phrases(orgs.massOrganizations),
    front,
    String.raw`(?:Thành|Tỉnh)\s+đoàn(?:\s+${provinceName})?`,
    String.raw`[Bb]an\s+[Tt]rị\s+sự(?:\s+Giáo\s+hội\s+Phật\s+giáo\s+Việt\s+Nam)?(?:\s+${levelPlace})?`,
  ].join('|'),
);

/** News outlets by name, and "Báo" + a capitalized name ("Báo Nghệ An"). */
const newsOutlet = group(String.raw`${phrases(orgs.newsOutlets)}|Báo\s+${capWord}(?:\s+${capWord}){0,3}`);

/** Words that end a descriptive institution name ("Viện Nghiên cứu phát triển …"): function words and common verbs. */
const nameStop = group(
  String.raw`(?:của|tại|ở|đã|đang|sẽ|được|bị|là|có|cho|với|về|trong|ngoài|theo|để|do|từ|đến|tới|nhằm|khi|này|đó|các|những|cũng|vẫn|còn|không|chưa|phát\s+biểu|cho\s+biết|tổ\s+chức|làm|thì|mà|nên|vừa|sau|trước|qua|trên|dưới|giữa|vì|năm|ngay|rồi|vào|hôm|cùng|ngày|tháng|khóa|nhiệm\s+kỳ|lần|số)(?![\p{L}\p{M}])`,
);

const institutionHead = group(phrases(orgs.institutionHeads));

/**
 * An institution: a head word and a name that is either a proper name ("Bệnh viện Bạch Mai",
 * "Trường THPT Hoàng Văn Thụ") or a descriptive one that goes on in lower case up to a
 * function word ("Viện Nghiên cứu phát triển kinh tế - xã hội Hà Nội").
 */
export const institutionName = group(
  String.raw`${institutionHead}\s+(?:${capWord}(?:\s+(?!${personStart})(?:${provinceName}|${acronym}|${capWord}|${romanNumeral}|\p{Lu}(?![\p{L}\p{M}]))){1,4}|${capWord}(?:\s+(?!${nameStop}|${personStart})(?:${romanNumeral}|${lowWord}|${capWord}|-|&)){0,12}(?:,\s+(?!${nameStop})${lowWord}(?:\s+${lowWord})?(?:,\s+${lowWord}(?:\s+${lowWord})?)?\s+và(?:\s+(?!${nameStop})${lowWord}){1,2})?(?:\s+(?:${provinceName}|${acronym}))?)`,
);

/** The organization kinds one by one, for rules that want each as its own candidate (the longest wins). */
export const organizationKinds = { partyBoard, steeringBoard, delegation, stateBody, massOrganization, newsOutlet, institutionName } as const;

/**
 * Any organization name. Boards may be written in lower case after a title ("Trưởng ban Tổ
 * chức Thành ủy" → "ban Tổ chức Thành ủy"). Alternatives are tried in order, Party bodies first.
 */
export const organizationName = group(Object.values(organizationKinds).join('|'));
