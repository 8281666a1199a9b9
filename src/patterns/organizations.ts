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
import { phrases } from './compose.js';
import orgs from '../lexicon/organizations.json' with { type: 'json' };
import provinces from '../lexicon/provinces.json' with { type: 'json' };
import surnames from '../lexicon/surnames.json' with { type: 'json' };

const group = (source: string): string => `(?:${source})`;

/**
 * Vietnamese letters as small explicit classes. The text is NFC by then, so precomposed
 * letters suffice; XRegExp would expand each \p{Lu} into thousands of characters, and these
 * sub-patterns are embedded many times over (measured: one rule of 820k characters that took
 * 12 s to compile, against a few hundred milliseconds with these classes).
 */
const vietnameseLetters = [
  ...'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯàáâãèéêìíòóôõùúýăđĩũơư',
  ...Array.from({ length: 0x1ef9 - 0x1ea0 + 1 }, (_, i) => String.fromCharCode(0x1ea0 + i)),
];
const upperLetters = vietnameseLetters.filter((c) => c !== c.toLowerCase()).join('');
const lowerLetters = vietnameseLetters.filter((c) => c !== c.toUpperCase()).join('');
const UPPER = `[A-Z${upperLetters}]`;
/** Lower case by ranges (a few capitals of the Ạ-ỹ block slip in, harmlessly): shorter than the list. */
const LOWER = '[a-zà-ãè-êìíò-õùúýăđĩũơưạ-ỹ]';
/** Not followed by a letter: the end of a word inside these names. */
const WORD_END = `(?![A-Za-z${upperLetters}${lowerLetters}])`;

/** A capitalized syllable ("Yên", "Đắk") and a lower-case one. */
export const capWord = `${UPPER}${LOWER}*`;
const lowWord = `${LOWER}+`;
const romanNumeral = String.raw`[IVXL]+${WORD_END}`;
/** An all-capitals abbreviation inside a name: "TPHCM", "ĐHQG". */
const acronym = String.raw`${UPPER}{2}(?:${UPPER}|\d)*${WORD_END}`;

/**
 * A common surname and two more capitalized syllables start a person's name, not a place:
 * "HĐND TP Nguyễn Ngọc Tuấn", "UBND Thành phố Hà Minh Hải" (place names have at most three syllables).
 */
export const commonSurnames = surnames.surnames.slice(0, 40);
const personStart = group(String.raw`(?:${phrases(commonSurnames)})\s+${capWord}\s+${UPPER}`);

const provinceSpellings = provinces.provinces.flatMap((p) => [p.name, ...(p.aliases ?? [])]);

/** The 63 + 34 provincial units and their usual spellings ("TP.HCM", "Thừa Thiên - Huế"). */
export const provinceName = group(phrases(provinceSpellings));

/** Administrative levels that introduce a place inside a body's name: "UBND tỉnh …", "HĐND TP", "Đảng bộ Thủ đô". */
const level = group(String.raw`[Tt]ỉnh|[Tt]hành\s+phố|[Tt]hủ\s+đô|T[Pp]\.?|[Qq]uận|[Hh]uyện|[Tt]hị\s+xã|[Tt]hị\s+trấn|[Xx]ã|[Pp]hường|[Đđ]ặc\s+khu`);

/** Words that open a body's name, never a place's: "Đảng bộ Quân đội", "Công an Trung ương". */
const bodyWord = String.raw`(?:Quân\s+đội|Công\s+an|Chính\s+phủ|Quốc\s+hội|Trung\s+ương|Bộ|Sở|Ban|Ủy|Đảng|Hội)${WORD_END}`;

/** Spellings a run of capitalized syllables would miss: "TP.HCM", "Bà Rịa - Vũng Tàu", "Thành phố Hồ Chí Minh". */
const plainName = new RegExp(`^${capWord}(?: ${capWord}){0,2}$`, 'u');
const writtenProvince = group(phrases(provinceSpellings.filter((s) => !plainName.test(s))));
/**
 * Two-syllable provinces opening with a surname ("Hà Nội", "Thái Bình"): a following person's name
 * makes them look like one ("UBND TP.Hà Nội Nguyễn Văn A"), so a body's place lists them.
 */
const withoutLevel = provinceSpellings.map((s) => s.replace(/^(?:Thành phố|TP\.?)\s*/u, ''));
const surnameProvince = group(phrases(withoutLevel.filter((s) => commonSurnames.includes(s.split(' ')[0]!) && s.split(' ').length === 2)));

/** A number that counts what follows ("2 cấp", "114 cuộc") names no place or institution: "Viện Kiểm sát nhân dân | 2 cấp". */
const numberName = String.raw`\d+(?![\d/.,-]\d)(?!\s+(?:cấp|cuộc|vụ|lượt|lần|người|đơn\s+vị|tổ\s+chức|cá\s+nhân|trường\s+hợp)${WORD_END})`;

/** A military or police rank, which stands before a name: "Công an tỉnh Thanh Hóa | Đại tá Trần Văn A". */
const rank = String.raw`(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy)${WORD_END}`;

/** A place name that is not in the province list: up to three capitalized syllables ("Khóa" of a term and a rank excepted) or a number ("Quận 1"). */
const otherPlace = group(String.raw`${numberName}|(?!${personStart}|${level}${WORD_END}|${bodyWord}|${rank})${capWord}(?:[^\S\n]+(?!${personStart}|Khóa\s|${rank})${capWord}){0,2}`);

/**
 * A place name: a province in a special spelling, else up to three capitalized syllables that
 * do not start a person's name ("Yên Bái", "Sóc Sơn"). The province list itself is left out of
 * the organization patterns: each copy costs thousands of characters to compile.
 */
export const placeName = group(`${writtenProvince}|${otherPlace}`);

/** "tỉnh Yên Bái", "thành phố" (the one the article is about), "TP Hà Nội", "TP.HCM", "TP.Hà Nội" (no space after the dot). */
export const levelPlace = group(String.raw`(?:${level}${WORD_END}\s*(?<=\.\s*|\s)|T[Pp]\.(?=${UPPER}))?(?:${surnameProvince}|${placeName})${WORD_END}|${level}${WORD_END}`);

/** "khóa XII", "(khóa XII)": a term after a body stays in its span, not in its name. */
export const termSuffix = group(String.raw`\s+\(?[Kk]hóa\s+(?:${romanNumeral}|\d+(?!\d))\)?`);

const centralLevel = String.raw`[Tt]rung\s+ương(?:\s+Đảng)?`;
/**
 * "Trung ương" as the press abbreviates it after a board: "Ủy ban Kiểm tra TW", "Ban Kinh tế TƯ",
 * "Văn phòng T.Ư Đảng". Never where a name starts: its "T" would be a trigger word at every
 * word that starts with one.
 */
const centralAbbreviation = String.raw`T\.?[WƯ](?![\p{L}\p{N}\p{M}])(?:\s+Đảng)?`;

/** Ministry and department portfolios, in either case: "Công an", "Tài chính - ngân sách". */
export const portfolio = group(`${phrases(orgs.portfolios, true)}|${phrases(Object.keys(orgs.portfolioAbbreviations))}`);

/** A bloc of Party units: "Khối các cơ quan Trung ương", "Khối Doanh nghiệp tỉnh". */
const bloc = String.raw`Khối\s+(?:các\s+cơ\s+quan|${capWord}(?:\s+${lowWord})?)(?:\s+(?:Trung\s+ương|${level}${WORD_END}))?`;

/**
 * A body a Party committee or organization is set up in, before its level and place: "Đảng ủy
 * UBND tỉnh", "Đảng bộ Công an tỉnh Nghệ An", "Đảng ủy Quân sự tỉnh". Written as an optional
 * prefix of the one place pattern, so that the place list is compiled once more for none of them.
 */
const hostBody = String.raw`(?:(?:UBND|HĐND|Ủy\s+ban\s+[Nn]hân\s+dân|Hội\s+đồng\s+[Nn]hân\s+dân|Công\s+an|Quân\s+sự)\s+)?`;

/**
 * The Party committees of 2025 that gather bodies of one level: "Đảng ủy các cơ quan Đảng
 * Trung ương", "Đảng bộ các cơ quan Đảng tỉnh", "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh".
 */
const gatheredBodies = String.raw`(?:các\s+cơ\s+quan\s+Đảng|Mặt\s+trận\s+Tổ\s+quốc,\s+các\s+đoàn\s+thể)(?:\s+(?:Trung\s+ương|${level}${WORD_END}))?`;

/** An office a Party committee is set up in: "Đảng ủy Văn phòng Chính phủ", "Đảng bộ Văn phòng UBND tỉnh". */
const hostOffice = String.raw`Văn\s+phòng\s+(?:Chính\s+phủ|Quốc\s+hội|Chủ\s+tịch\s+nước|Trung\s+ương\s+Đảng|${hostBody}${levelPlace})`;

const partyCommitteeKinds = [
  String.raw`(?:${phrases(orgs.partyCommittees.provincial)})(?:\s+${provinceName}${WORD_END})?`,
  String.raw`(?:${phrases(orgs.partyCommittees.local)})(?:\s+${placeName})?`,
  String.raw`(?:${phrases(orgs.partyCommittees.other)})\s+Trung\s+ương`,
  String.raw`Đảng\s+ủy(?:\s+(?:${gatheredBodies}|${hostOffice}|${bloc}|[BS][ộở]\s+(?:${portfolio})${WORD_END}|Công\s+an(?:\s+Trung\s+ương|(?!\s+${level}${WORD_END}))|Quân\s+đội|Chính\s+phủ|Quốc\s+hội|Ngoài\s+nước|Quân\s+sự\s+Trung\s+ương|${hostBody}${levelPlace}))?`,
];
/** Party committees: "Thành ủy", "Tỉnh ủy Nghệ An", "Quận ủy Ba Đình", "Đảng ủy Công an Trung ương"; not the title "Thành ủy viên". */
export const partyCommittee = group(group(partyCommitteeKinds.join('|')) + String.raw`(?!\s+viên)`);

const partyBoardFunction = group(phrases(orgs.partyBoardFunctions));
const assemblyCommittee = group(phrases(orgs.assemblyCommittees, true));

/** A Party unit named by level: "Đảng bộ tỉnh", "Đảng bộ Thành phố Hồ Chí Minh" (not "Đảng bộ các cấp"). */
const partyOrganization = group(String.raw`Đảng\s+bộ\s+(?:${gatheredBodies}|${hostOffice}|${bloc}|Chính\s+phủ|Quốc\s+hội|[BS][ộở]\s+(?:${portfolio})${WORD_END}|Quân\s+đội|Công\s+an\s+Trung\s+ương|${hostBody}${levelPlace})`);

/** The body a board or commission belongs to: "Thành ủy", "Trung ương", "Đảng bộ tỉnh", "Quốc hội". */
export const committeeRef = group(`${partyCommittee}|${partyOrganization}|${centralLevel}|(?<!Nhà\\s)Quốc\\s+hội|Chính\\s+phủ`);

const ministry = group(String.raw`Bộ\s+(?:${portfolio})${WORD_END}(?:\s+Việt\s+Nam${WORD_END})?`);

/**
 * Heads of Party boards and commissions, named with the committee they belong to or alone:
 * "Ban Tổ chức Thành ủy", "ban Kinh tế Trung ương", "Ban Thường vụ Tỉnh ủy", "Thường trực Tỉnh
 * ủy" (but "Phó Bí thư Thường trực" is a title), "Ban Chấp hành".
 */
const boardHead = group(
  [
    String.raw`Ban\s+[Cc]hấp\s+hành`,
    String.raw`(?:Ban\s+[Tt]hường\s+vụ|BTV)(?!\s+các)`,
    String.raw`(?<![Bb]an\s)Thường\s+vụ(?!\s+các)`,
    String.raw`(?:Ủy\s+ban|UB)\s+[Kk]iểm\s+tra|UBKT`,
    String.raw`[Bb]an\s+${partyBoardFunction}`,
    String.raw`(?<!(?:Bí\s+thư|Chủ\s+tịch|[Tt]rưởng\s+ban|[Tt]rưởng|Phó|Thủ\s+tướng|[Cc]hánh\s+[Vv]ăn\s+phòng)\s+)(?:Thường\s+trực|Văn\s+phòng)(?=\s+(?:(?:Thành|Tỉnh|Huyện|Quận|Thị|Đảng)\s+ủy|(?:Trung\s+ương|T\.?[WƯ])\s+Đảng|Chính\s+phủ|Quốc\s+hội))`,
  ].join('|'),
);

/** The Party's own bodies: Politburo, Secretariat, committees and their boards. The committee is written once: each copy costs a province list. */
const partyBoard = group(
  [
    phrases(orgs.centralPartyBodies),
    String.raw`(?:${boardHead}\s+)?${committeeRef}|${boardHead}\s+${centralAbbreviation}|${boardHead}(?!\s+(?:các|cấp)${WORD_END})`,
    String.raw`Ban\s+[Cc]án\s+sự\s+[Đđ]ảng(?:\s+(?:${ministry}|Chính\s+phủ|(?:(?:UBND|Ủy\s+ban\s+nhân\s+dân)\s+)?${levelPlace}))?`,
    String.raw`Đảng\s+đoàn\s+(?:Quốc\s+hội|Mặt\s+trận\s+Tổ\s+quốc\s+Việt\s+Nam|MTTQ\s+Việt\s+Nam|${capWord}(?:\s+${capWord}){0,3})`,
  ].join('|'),
);

/** "Ban Chỉ đạo", "Ban Chỉ đạo quốc gia phòng, chống dịch Covid-19", "Ban Chỉ đạo Chương trình 01-CTr/TU". */
const steeringBoard = group(
  String.raw`(?:Ban\s+[Cc]hỉ\s+đạo|BCĐ)(?:\s+(?:Trung\s+ương|quốc\s+gia|\d+(?![\d/.,-]\d)(?:\s+quốc\s+gia)?|Chương\s+trình\s+(?:số\s+)?[\dA-Z${upperLetters}][\dA-Za-z${upperLetters}${lowerLetters}/-]*|${levelPlace}))?(?:\s+(?:về\s+)?phòng,?\s+chống\s+(?:dịch\s+)?(?:bệnh\s+)?(?:[\dA-Z${upperLetters}][\dA-Za-z${upperLetters}${lowerLetters}-]*|tham\s+nhũng(?:,\s+(?:lãng\s+phí,\s+)?tiêu\s+cực)?)(?:\s+${levelPlace})?)?`,
);

/** Named delegations and subcommittees: "Đoàn kiểm tra", "Tổ công tác", "Tiểu ban Văn kiện", "Đoàn đại biểu Quốc hội tỉnh Nghệ An". */
const delegation = group(
  String.raw`Tiểu\s+ban\s+(?:Văn\s+kiện|Nhân\s+sự|Điều\s+lệ|Tổ\s+chức\s+phục\s+vụ\s+Đại\s+hội|Kinh\s+tế\s+-\s+xã\s+hội)|(?:Đoàn|Tổ)\s+(?:kiểm\s+tra|công\s+tác|giám\s+sát)(?:\s+(?:số\s+)?\d+(?![\d/-]))?|(?:[Đđ]oàn\s+[Đđ]ại\s+biểu\s+Quốc\s+hội|[Đđ]oàn\s+ĐBQH)(?:\s+${levelPlace})?(?!\s+các${WORD_END})`,
);

/** Courts and procuracies: "TAND tối cao", "Tòa án nhân dân TP Hà Nội", "Viện KSND tối cao". */
const judiciary = group(
  String.raw`(?:Tòa\s+án\s+[Nn]hân\s+dân|TAND|Viện\s+[Kk]iểm\s+sát\s+(?:[Nn]hân\s+dân|[Qq]uân\s+sự)|Viện\s+Kiểm\s+sát|VKSND|Viện\s+KSND|Tòa\s+án\s+[Qq]uân\s+sự)(?:\s+(?:[Tt]ối\s+cao|[Cc]ấp\s+cao(?:\s+tại\s+${placeName})?|Trung\s+ương|${levelPlace}))?(?!\s+các)`,
);

/** "Thường trực HĐND tỉnh" is the council's standing body; after a title ("Phó Chủ tịch Thường trực") it is part of the title. */
const councilStanding = String.raw`(?:(?<!(?:Chủ\s+tịch|Phó|Bí\s+thư)\s+)Thường\s+trực\s+(?=HĐND|Hội\s+đồng))`;
/** Written all in lower case the council names a body only with a named place: "ủy ban nhân dân tỉnh Nghệ An", not "ủy ban nhân dân xã". */
const lowerCouncil = String.raw`(?:ủy\s+ban|hội\s+đồng)\s+nhân\s+dân(?=\s+${level}${WORD_END}\s*${UPPER})`;

/** People's councils and committees with their level: "UBND tỉnh Quảng Ninh", "HĐND TP", "Ủy ban Nhân dân thành phố". */
const localGovernment = group(
  String.raw`${councilStanding}?(?:HĐND|UBND|Hội\s+đồng\s+[Nn]hân\s+dân|Ủy\s+ban\s+[Nn]hân\s+dân|${lowerCouncil})\s+${levelPlace}|(?:Công\s+an|Bộ\s+Chỉ\s+huy\s+(?:[Qq]uân\s+sự|Bộ\s+đội\s+[Bb]iên\s+phòng))\s+(?:${levelPlace}|nhân\s+dân(?:\s+Việt\s+Nam)?)`,
);

/** The Fatherland Front in its spellings: "UB Trung ương MTTQ Việt Nam", "Ủy ban MTTQ tỉnh …", "Mặt trận Tổ quốc". */
const front = group(
  String.raw`(?:(?:Ủy\s+ban|UB)\s+(?:Trung\s+ương|TƯ|TW)\s+|UBTƯ\s+|UBTW\s+|Ủy\s+ban\s+|UB\s*)?(?:MTTQ|Mặt\s+trận\s+Tổ\s+quốc)(?:\s+(?:Việt\s+Nam|VN)${WORD_END})?(?:\s+${levelPlace})?`,
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
    String.raw`(?:Đại\s+sứ\s+quán|Tổng\s+[Ll]ãnh\s+sự\s+quán|Lãnh\s+sự\s+quán|Phái\s+đoàn(?:\s+[Tt]hường\s+trực)?)\s+${capWord}(?:\s+${capWord}){0,2}(?:\s+tại\s+(?:${phrases(orgs.internationalOrganizations)}|${capWord}(?:\s+${capWord}){0,2}))?`,
    String.raw`Cơ\s+quan\s+(?:Cảnh\s+sát|An\s+ninh)\s+điều\s+tra(?:\s+(?:${ministry}|Công\s+an\s+${levelPlace}))?`,
  ].join('|'),
);

/**
 * The mass organizations' local chapters by name, the head word as written ("Hội", "Liên đoàn")
 * and the rest in either case: a lower-case head ("hội", "đoàn") would be a trigger word at
 * every "đại hội" and "đoàn kết".
 */
const localChapter = group(
  [...new Set(orgs.localMassOrganizations.map((name) => name.split(' ')[0]!))]
    .map((head) => {
      const rests = orgs.localMassOrganizations.filter((name) => name.split(' ')[0] === head).map((name) => name.split(' ').slice(1).join(' '));
      return String.raw`${head}\s+(?:${phrases(rests, true)})`;
    })
    .join('|'),
);

/** Mass and international organizations, foreign parties, youth unions, religious boards, news outlets ("Báo Nghệ An"). */
const massOrganization = group(
  [
    phrases([...orgs.massOrganizations, ...orgs.internationalOrganizations, ...orgs.newsOutlets]),
    // A local chapter, its words after the head in either case as district portals write them: "Hội cựu chiến binh xã", "Liên đoàn lao động thành phố".
    String.raw`${localChapter}${WORD_END}(?:\s+${levelPlace})?`,
    String.raw`Báo\s+${capWord}(?:[^\S\n]+${capWord}){0,3}`,
    String.raw`Đảng\s+(?:${phrases(orgs.foreignPartyNames)})(?:\s+(?:${capWord})){1,3}`,
    front,
    String.raw`(?:Thành|Tỉnh)\s+[đĐ]oàn(?:\s+${provinceName})?`,
    String.raw`[Bb]an\s+[Tt]rị\s+sự(?:\s+Giáo\s+hội\s+Phật\s+giáo\s+Việt\s+Nam)?(?:\s+${levelPlace})?`,
  ].join('|'),
);

/** Words that end a descriptive institution name ("Viện Nghiên cứu phát triển …"): function words and common verbs (lexicon). */
const nameStop = group(String.raw`(?:${phrases(orgs.nameStopWords)})${WORD_END}`);

const institutionHead = group(phrases(orgs.institutionHeads));

/** Another body starting inside a name ends it: "Phòng Cảnh sát hình sự" | "Công an tỉnh Nghệ An"; so does a rank. */
const otherBodyStart = group(String.raw`(?:${institutionHead}|Bộ|Sở|Ban|Ủy\s+ban|Văn\s+phòng)\s+${UPPER}|Công\s+an|UBND|HĐND|(?:Thành|Tỉnh)\s+(?:ủy|[đĐ]oàn)|${rank}`);

/**
 * An institution: a head word and a name that is either a proper name ("Bệnh viện Bạch Mai",
 * "Trường THPT Hoàng Văn Thụ") or a descriptive one that goes on in lower case up to a
 * function word ("Viện Nghiên cứu phát triển kinh tế - xã hội Hà Nội"); a proper name inside
 * a descriptive one ends it ("Ngân hàng Nhà nước Việt Nam | điều chỉnh …").
 */
/**
 * Title-case headlines write "Hội Nghị", "Hội Thảo": a head and its compound, not a name; nor is a
 * title ("Cục Trưởng"), the procuracy ("Viện Kiểm sát", a court body) or a country ("Liên hiệp Vương quốc Anh").
 */
const headCompound = String.raw`(?:Nghị|Thảo|Trường|Diễn|Thi|Trưởng|Phó|Kiểm\s+sát|Vương\s+quốc)${WORD_END}`;

/** Two-syllable words one of whose syllables is also a stop word: "Văn phòng Đăng ký đất đai", "Cục Hàng không". */
const nameCompound = group(String.raw`(?:${phrases(orgs.nameCompounds, true)})${WORD_END}`);
/**
 * A descriptive name opens with a capital, or a unit of a ministry or institute opens with its
 * function in lower case: "Phòng nghiên cứu Văn hóa - Xã hội", "Vụ pháp chế", "Công ty cổ phần …".
 */
const descriptiveStart = group(String.raw`${nameCompound}|${capWord}|(?<=(?:Phòng|Viện|Vụ|Cục|Công\s+ty|Ban\s+Quản\s+lý)\s+)(?:${phrases(orgs.unitFunctions)})${WORD_END}`);

/**
 * "và" joins two parts of one name only when a part follows that opens no other body, person or
 * clause: "Viện Khoa học và Công nghệ", "Viện Nghiên cứu chính sách và phát triển nông thôn",
 * not "Cục Thuế tỉnh và | Sở Tài chính", "Hội Nông dân và | Hội Phụ nữ", "Hội Cựu chiến binh
 * và | lãnh đạo tỉnh". A name never ends with it.
 */
const joinedPart = String.raw`và(?=\s+(?!${nameStop}|${personStart}|${otherBodyStart})(?:${capWord}|${lowWord}))`;

/**
 * A trailing proper name is a place ("… Việt Nam", "… Hà Nội"): two syllables, or a province;
 * three capitalized syllables after a descriptive name are a person ("Cục … tái tạo | Phương Hoàng Kim").
 */
export const institutionName = group(
  String.raw`${institutionHead}\s+(?!${otherBodyStart}|${headCompound})(?:${level}\s+${placeName}|${numberName}|${capWord}(?:\s+(?!${personStart}|${otherBodyStart})(?:${provinceName}|${acronym}|${capWord}|${romanNumeral}|${UPPER}${WORD_END})){1,4}|${descriptiveStart}(?:\s+(?:${nameCompound}|(?!${nameStop}|${personStart}|${otherBodyStart})(?:nhỏ\s+và\s+vừa|${romanNumeral}|${joinedPart}|(?!và${WORD_END})${lowWord}|${capWord}(?!\s+${capWord})|-|&))){0,12}(?:,\s+(?!${nameStop})${lowWord}(?:\s+${lowWord})?(?:,\s+${lowWord}(?:\s+${lowWord})?)?\s+và(?:\s+(?!${nameStop})${lowWord}){1,2})?(?:\s+(?!${personStart}|${otherBodyStart})(?:${provinceName}|${acronym}|${capWord}\s+${capWord}(?!\s+(?!${personStart})${capWord})))?)`,
);

/**
 * After "Trưởng"/"Phó trưởng" a unit is often written in lower case: "Phó trưởng phòng quản lý giáo
 * dục - nuôi dưỡng", "Trưởng phòng nghiên cứu Văn hóa - Xã hội". Its function word opens it; the
 * name runs to a function word, a comma or a person.
 */
export const unitAfterTitle = group(
  String.raw`(?<=[Tt]rưởng\s)phòng\s+(?:${phrases(orgs.unitFunctions)})${WORD_END}(?:\s+(?!${nameStop}|${personStart})(?:${lowWord}|${capWord}|-)){0,10}`,
);

/** The organization kinds one by one, for rules that want each as its own candidate (the longest wins). */
export const organizationKinds = { partyBoard, steeringBoard, delegation, stateBody, massOrganization, institutionName } as const;

/**
 * Any organization name. Boards may be written in lower case after a title ("Trưởng ban Tổ
 * chức Thành ủy" → "ban Tổ chức Thành ủy"). Alternatives are tried in order, Party bodies first.
 */
export const organizationName = group(Object.values(organizationKinds).join('|'));

/** Title words written in title case ("Cục Trưởng", "Vụ Phó") stand before a name but are not part of it. */
const TITLE_WORDS = new Set(['Trưởng', 'Phó']);

/**
 * A capitalized word right before, not at the start of a sentence: the match is the tail of a
 * longer name ("Nguyễn Thái Bình"); "Và Việt Nam" at a sentence start is not.
 */
export function continuesName(prefix: string): boolean {
  const before = prefix.trimEnd();
  if (before.length === prefix.length) return false;
  const start = Math.max(before.lastIndexOf(' '), before.lastIndexOf('\n')) + 1;
  const word = before.slice(start);
  if (!/^\p{Lu}[\p{Ll}\p{M}]*$/u.test(word) || TITLE_WORDS.has(word)) return false;
  const head = before.slice(0, start).trimEnd();
  return head !== '' && !/[.!?:;"(]$/u.test(head);
}
