/**
 * Person rules: names (runs of capitalized syllables that start at a surname) and offices
 * ("Phó Bí thư Thường trực Thành ủy", "nguyên Giám đốc Sở Y tế"), which become `title`
 * candidates carrying the position they state. Which names are kept and who holds which
 * office is decided over the whole article by the merge-officials refiner.
 */
import { B, E, build, firstWords, oneOf } from '../../patterns/compose.js';
import type { Candidate, ExtractContext, Rule } from '../types.js';
import { DROPPED_PREFIXES, KEPT_PREFIXES, MODIFIERS, OFFICE_STARTS, OFFICES, SURNAMES } from './lexicon.js';
import { perArticle } from '../per-article.js';
import { CAPITALIZED, CAPITALIZED_TAIL, capitalRunStarts, nameFrom, nameInRun } from './names.js';
import { organizationEnd, type NameAt } from './titles.js';
import { upperFirst } from '../../text/case.js';

export interface PositionMeta {
  text: string;
  title: string;
  organization?: string;
}

/** "Trưởng ban Tổ chức Thành ủy" heads the body "Ban Tổ chức Thành ủy", "Trưởng phòng Tổ chức" the "Phòng Tổ chức". */
function organizationName(office: string, org: string): string {
  // Most offices end otherwise, which their last letters show without the pattern.
  if (!/(?:ban|phòng|khoa)$/.test(office.slice(-5).toLowerCase())) return org;
  const word = /(?:^|\s)(?:trưởng|phó)[ ]+(ban|phòng|khoa)$/i.exec(office)?.[1]?.toLowerCase();
  if (!word || new RegExp(`^${word}(?:\\s|$)`, 'i').test(org)) return org;
  return `${upperFirst(word)} ${org}`;
}

/**
 * "Trạm trưởng Trạm Kiểm lâm", "Đồn trưởng Đồn Biên phòng": the head of any unit is named by the
 * unit's word and "trưởng", and the unit's name follows.
 */
const HEAD_OF_UNIT = String.raw`(?:Phó[ ]+)?(?<unit>\p{Lu}[\p{Ll}\p{M}]*)[ ]trưởng(?=[ ]\k<unit>[ ]\p{Lu})`;
/** "trưởng" stands at most this far into a head of unit: "Phó " and a unit's word (the longest syllable has 7 letters). */
const HEAD_OF_UNIT_REACH = 20;

/** The name at each position, kept for the article: the walks of titles in a row ("Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch …") ask about the same words again. */
const namesIn: (ctx: ExtractContext) => NameAt = perArticle(nameFrom);

/** Words without a small letter: "TỔNG BÍ THƯ" (one word in capitals is an acronym: "UVBTV Huyện ủy"). */
function isAllCaps(s: string): boolean {
  return s.includes(' ') && !/\p{Ll}/u.test(s);
}

/** An office after ", ", " - " or "(" may stand in apposition to a name before it, and its body may end where the apposition does. */
const APPOSITION_BEFORE = /[,(-][ ]*$/;

/** Surnames in capitals, as biographies and headlines write a name: "PHẠM", "NGUYỄN". */
const SURNAMES_IN_CAPITALS = oneOf([...SURNAMES].filter((s) => s.length > 1).map((s) => s.toUpperCase()));

export const rules: Rule[] = [
  {
    // "Đồng chí PHẠM MINH CHÍNH, Thủ tướng Chính phủ", "Họ và tên: NGUYỄN VĂN AN": a name in capitals
    // after an honorific, from a surname; the name as written.
    id: 'person.name-in-capitals',
    pattern: build(
      String.raw`{{B}}(?:[Đđ]ồng\s+chí|[Ôô]ng|[Bb]à|Họ\s+và\s+tên\s*:)\s+(?<name>(?:${SURNAMES_IN_CAPITALS})(?:[ ]\p{Lu}[\p{Lu}\p{M}]*){1,3})(?![\p{L}\p{M}\p{N}])`,
      { B },
      'g',
    ),
    trigger: firstWords(['Đồng chí', 'Ông', 'Bà', 'Họ và tên'], { loose: true }),
    extract: (m) => {
      const name = m.groups.name!;
      const start = m.index + m[0].length - name.length;
      return { type: 'person', start, end: start + name.length, name, rule: 'person.name-in-capitals', meta: { cue: 'honorific' } };
    },
  },
  {
    id: 'person.name',
    // A name may be glued to the word before it ("Trung QuốcNgụy Phượng Hòa"): a capital after a small letter starts a word.
    // The capital is matched first and what precedes it checked after; the starts to try come from one loop over the text.
    pattern: build(String.raw`\p{Lu}(?<=(?:^|[^\p{L}\p{N}\p{M}]|\p{Ll})\p{Lu}){{tail}}(?:[ ]{{cap}})+`, { tail: CAPITALIZED_TAIL, cap: CAPITALIZED }, 'g'),
    trigger: { starts: capitalRunStarts },
    extract: (m, ctx) => {
      const found = nameInRun(ctx.text, m.index, m[0]);
      if (!found) return null;
      return {
        type: 'person',
        start: found.start,
        end: found.end,
        name: found.name,
        rule: 'person.name',
        ...(found.cue ? { meta: { cue: found.cue } } : {}),
      };
    },
  },
  {
    id: 'person.office',
    pattern: build(
      String.raw`{{B}}(?<!(?:[Bb]an|Phủ|Dinh)[ ])(?:(?<kept>{{kept}})[ ]+|(?:{{dropped}})[ ]+)?(?<office>{{offices}}|{{headOf}})(?:[ ]+(?<mod>{{modifiers}}))?{{E}}`,
      { B, E, kept: KEPT_PREFIXES, dropped: DROPPED_PREFIXES, offices: OFFICES, headOf: HEAD_OF_UNIT, modifiers: MODIFIERS },
      'gi',
    ),
    trigger: firstWords([...OFFICE_STARTS, 'Phó'], { inside: { trưởng: HEAD_OF_UNIT_REACH }, anyCase: true }),
    extract: (m, ctx): Candidate | null => {
      const end = m.index + m[0].length;
      // "Tăng trưởng Tăng Văn A" is no head of a unit: a name, not the unit, follows.
      const nameAt = namesIn(ctx);
      if (m.groups.unit && nameAt(end + 1)?.start === end + 1) return null;
      const officeStart = m.index + m[0].indexOf(m.groups.office!);
      const start = m.groups.kept ? m.index : officeStart;
      const title = ctx.text.slice(officeStart, end);
      // An office in capitals is a headline's ("TỔNG BÍ THƯ TÔ LÂM TIẾP …"): every word after it is in capitals too, so no body can be told from the rest.
      const orgEnd = isAllCaps(title) ? end : organizationEnd(ctx.text, end, APPOSITION_BEFORE.test(ctx.text.slice(Math.max(0, start - 3), start)), nameAt);
      const org = ctx.text.slice(end, orgEnd).trim();
      const position: PositionMeta = {
        text: ctx.text.slice(start, Math.max(end, orgEnd)),
        title,
        ...(org && !org.startsWith('khóa') ? { organization: organizationName(m.groups.office!, org) } : {}),
      };
      return {
        type: 'title',
        start,
        end: Math.max(end, orgEnd),
        title,
        ...(position.organization ? { organization: position.organization } : {}),
        rule: 'person.office',
        meta: { position },
      };
    },
  },
];
