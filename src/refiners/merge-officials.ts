/**
 * Names and offices into people. A name candidate is kept when something marks it as a
 * person: an honorific, rank or birth year, a middle name ("Thị"), an office next to it, the
 * same name kept elsewhere in the article, or a place in a list of kept names. Offices are
 * grouped into chains ("Ủy viên Bộ Chính trị, Bí thư Thành ủy, Trưởng Ban Chỉ đạo"), and a
 * chain goes to the name right after it, else to the name it stands in apposition to, else to
 * the names of a list it heads ("các đồng chí Ủy viên Ban Thường vụ: A, B"), else, after a
 * career verb ("làm", "giữ chức", "trở thành"), to the person the sentence is about.
 */
import type { Candidate, Draft, ExtractContext, PersonCandidate, Refiner, TitleCandidate } from '../extractors/types.js';
import { ACADEMIC, MODIFIER_WORDS, RANKS } from '../extractors/person/lexicon.js';
import type { PositionMeta } from '../extractors/person/rules.js';
import { xre } from '../patterns/compose.js';
import type { Person, Position } from '../schema/index.js';
import { foldIn, type Fold } from './fold.js';

/** An abbreviation or place in brackets after an office's body: "Sở Tài nguyên và Môi trường (TN&MT)", "UBND huyện Như Thanh (Thanh Hóa)". */
const ASIDE = String.raw`(?:\([^()\n]{1,40}\)[ ]*)?`;
/** Between an office and the name it precedes: nothing, or a rank ("…, Thượng tướng X"). */
const BEFORE_NAME = xre(String.raw`^[ ]*${ASIDE}(?:(?:đồng chí|ông|bà)[ ]+)?(?:(?:${RANKS}|${ACADEMIC})[ ]+)*$`, 'i');
/**
 * "Bí thư Tỉnh ủy nhiệm kỳ mới là ông X", "Chủ tịch HĐND tỉnh được chỉ định là ông X": the office
 * first, its holder after "là" (a proposal, "được giới thiệu", is no position).
 */
const OFFICE_IS = new RegExp(
  String.raw`^[ ]*(?:(?:nhiệm kỳ|khóa)[ ]+(?:mới|này|tới|\d{4}[ ]*-[ ]*\d{4})[ ]*)?(?:(?:vừa[ ]+|đã[ ]+)?được[ ]+(?:chỉ định|bầu|bổ nhiệm|phân công|điều động)[ ]+)?là[ ]+(?:ông|bà|đồng chí)[ ]+$`,
  'i',
);
/** "Giám đốc Công an tỉnh, Thiếu tướng X": the office before a comma and a rank, when no name precedes it. */
const BEFORE_RANKED_NAME = xre(String.raw`^[ ]*,[ ]*(?:(?:${RANKS})[ ]+)+$`, 'i');
/** "tân", "quyền" before an office stay out of its text (new, acting) but stand between it and what it follows. */
const DROPPED_PREFIX = String.raw`(?:(?:[Tt]ân|[Qq]uyền)[ ]+)?`;
/** Between a name and its apposition: ", ", " - ", " (" or just a space, maybe after a birth year or an alias in brackets. */
/** Details of a life between a name and its offices: ", sinh năm 1942", " 64 tuổi", ", quê Thừa Thiên Huế". */
const LIFE_DETAIL = String.raw`(?:,?[ ]*(?:sinh(?:[ ]năm)?[ ]\d{4}|SN[ ]?\d{4}|\d{2,3}[ ]tuổi|quê(?:[ ]quán)?[ ][^,;()\n]{1,40}))`;
const APPOSITION = xre(
  String.raw`^\)?[ ]*(?:\((?:sinh|SN)[^)]{0,20}\)[ ]*)?${LIFE_DETAIL}{0,3}(?:[,(:-][ ]*(?:(?:${ACADEMIC})[^,;()]{0,30},[ ]*)?)?${DROPPED_PREFIX}$`,
  'i',
);
/** Between two offices of one chain. */
/** A term after an office ("giai đoạn 2015 - 2020", "nhiệm kỳ 2016-2021") is not part of its text but does not end a chain. */
const TERM = String.raw`(?:\(?(?:giai đoạn|nhiệm kỳ|các nhiệm kỳ)[ ]+\d{4}[ ]*-[ ]*\d{4}\)?[ ]*)?`;
const CHAIN = new RegExp(String.raw`^[ ]*${ASIDE}${TERM}(?:,|;|-|kiêm|và|rồi|, kiêm|,? (?:nay|hiện) là)?[ ]*${DROPPED_PREFIX}$`);
/** Between two names of one list. */
const LIST = /^[ ]*(?:,|;|và|-|, và)[ ]*(?:(?:ông|bà|đồng chí)[ ]+)?$/i;
const ALIAS = /^[ ]*\(tức[ ]+(?:\p{Ll}+[ ]+)*$/u;
const LIST_HEAD = /(?:các|gồm các)[ ]+(?:đồng chí|ông|bà)[ ]+$/i;
/** "có các Ủy viên Bộ Chính trị: …": a plural office heading a list after a colon. */
const PLURAL_HEAD = /(?:^|[^\p{L}\p{M}])các[ ]+$/iu;
const LIST_COLON = /^[ ]*(?:(?:gồm|là)[ ]*)?:/;
const CAREER = xre(
  String.raw`(?<![\p{L}\p{M}])(?:làm|trở thành|giữ (?:chức(?:[ ]vụ)?|cương vị)|(?:giữ|trải qua|kinh qua)[ ]các[ ](?:chức vụ|chức danh|vị trí(?:[ ]công tác)?)(?:[ ]như)?|hiện(?:[ ]đang)?[ ]giữ[ ](?:chức vụ|vị trí|chức)|đảm nhiệm(?:[ ]chức (?:vụ|danh))?|đảm nhận(?:[ ]chức vụ)?|được bổ nhiệm(?:[ ]làm|[ ]giữ chức)?|được bầu(?:[ ]làm|[ ]giữ chức)?|được chỉ định(?:[ ](?:là|làm|giữ chức(?:[ ]vụ)?|vào chức vụ))?|được giao quyền|nhận nhiệm vụ|trúng cử|tái đắc cử(?:[ ]chức)?|đắc cử|thôi giữ chức|thôi làm|kiêm nhiệm|từng là)(?:[ ]*:)?[ ]+$`,
  'i',
);
/** "X là đại biểu Quốc hội", "Ông là …", "Từ năm 2010, ông là …": "là" right after the name, or after the pronoun that opens a clause. */
const COPULA = /(?:^|[^\p{L}])là[ ]+$/u;
const COPULA_AFTER_NAME = /^[ ]*(?:\([^)]*\)[ ]*)?(?:,[ ]*)?(?:(?:nguyên|từng|hiện|đang|vốn)[ ]+){0,2}là[ ]+$/;
/** "Ông là …", and "Bà Nga là …": the pronoun may carry the subject's given name. */
const COPULA_AFTER_PRONOUN = /(?:^|[.;,][ ]*)(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí)(?:[ ]+(?<given>\p{Lu}[\p{Ll}\p{M}]*))?[ ]+(?:(?:hiện|đang|từng)[ ]+){0,2}là[ ]+$/u;
/** A proposal is not a position: "được giới thiệu (để HĐND bầu) giữ chức …", "ứng cử …". */
const PROPOSED = /giới thiệu|ứng cử|đề cử|dự kiến|đề nghị bầu|sẽ/i;
/** "N ứng viên là đại biểu Quốc hội …, là các ông A, B và C". */
const NAMED_BY_IS = /[ ]là[ ]+(?:các[ ]+)?(?:(?:ông|bà|đồng chí)[ ]+)?$/i;
const SUBJECT_WINDOW = 500;

const gap = (text: string, a: { end: number }, b: { start: number }): string => text.slice(a.end, b.start);
const positionOf = (t: TitleCandidate): PositionMeta => t.meta!.position as PositionMeta;

/** Offices joined by commas, "kiêm", "rồi", with no name between them. */
function chains(titles: readonly TitleCandidate[], text: string): TitleCandidate[][] {
  const out: TitleCandidate[][] = [];
  for (const t of titles) {
    const last = out.at(-1)?.at(-1);
    if (last && CHAIN.test(gap(text, last, t))) out.at(-1)!.push(t);
    else out.push([t]);
  }
  return out;
}

/** Index of the first span starting at or after `pos` in spans sorted by start (binary search: articles can be long). */
function firstFrom(spans: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where the clause that goes on at `from` ends: ".", ";" or a line break. */
function clauseEnd(text: string, from: number): number {
  const re = /[.;\n]/g;
  re.lastIndex = from;
  return re.exec(text)?.index ?? text.length;
}

/** The spans starting in [from, to). */
function within<T extends { start: number }>(spans: readonly T[], from: number, to: number): T[] {
  return spans.slice(firstFrom(spans, from), firstFrom(spans, to));
}

function nearestBefore<T extends { start: number; end: number }>(spans: readonly T[], pos: number): T | undefined {
  for (let i = firstFrom(spans, pos) - 1; i >= 0; i--) if (spans[i]!.end <= pos) return spans[i];
  return undefined;
}

/** The person replaced ("… thay ông X") is the object of the sentence, not whom it is about. */
const REPLACED = /(?:^|[^\p{L}])thay[ ]+(?:(?:ông|bà|đồng chí)[ ]+)?$/iu;

function nearestAfter<T extends { start: number }>(spans: readonly T[], pos: number): T | undefined {
  return spans[firstFrom(spans, pos)];
}

/** Which names are persons: cued ones, ones next to an office, repeated ones, their list neighbours. */
function acceptNames(candidates: readonly PersonCandidate[], titles: readonly TitleCandidate[], text: string, fold: Fold): PersonCandidate[] {
  const kept = new Set<PersonCandidate>();
  const names = new Set<string>();
  const officeBefore = (p: PersonCandidate): boolean => {
    const t = nearestBefore(titles, p.start);
    return !!t && BEFORE_NAME.test(gap(text, t, p));
  };
  const officeAfter = (p: PersonCandidate): boolean => {
    const t = nearestAfter(titles, p.end);
    return !!t && APPOSITION.test(gap(text, p, t));
  };
  for (const p of candidates) {
    if (p.meta?.cue || officeBefore(p) || officeAfter(p) || p.name.split(' ').length >= 3) {
      kept.add(p);
      names.add(fold(p.name));
    }
  }
  let grew = true;
  while (grew) {
    grew = false;
    candidates.forEach((p, i) => {
      if (kept.has(p)) return;
      const prev = candidates[i - 1];
      const next = candidates[i + 1];
      const listed = (prev && kept.has(prev) && LIST.test(gap(text, prev, p))) || (next && kept.has(next) && LIST.test(gap(text, p, next)));
      if (names.has(fold(p.name)) || listed) {
        kept.add(p);
        names.add(fold(p.name));
        grew = true;
      }
    });
  }
  return candidates.filter((p) => kept.has(p));
}

const LOWER_CASE = /^\p{Ll}+$/u;

/**
 * Source text sometimes loses the space after a name ("Nguyễn Phú Trọngmong muốn"): a name that is
 * another found name plus lower-case letters is that name, cut where the letters start.
 */
function unglued(people: PersonCandidate[]): PersonCandidate[] {
  const names = [...new Set(people.map((p) => p.name))];
  return people.map((p) => {
    const base = names.find((n) => n.length < p.name.length && p.name.startsWith(n) && LOWER_CASE.test(p.name.slice(n.length)));
    return base ? { ...p, name: base, end: p.start + base.length } : p;
  });
}

interface Holding {
  chain: TitleCandidate[];
  holders: PersonCandidate[];
}

/** The person a career sentence is about: the last name before the office in its paragraph. */
/** The last person before `pos`, within the subject window, whose name ends with the given name. */
function lastNamed(people: readonly PersonCandidate[], pos: number, given: string): PersonCandidate | undefined {
  for (let i = firstFrom(people, pos) - 1; i >= 0; i--) {
    const p = people[i]!;
    if (pos - p.end > SUBJECT_WINDOW) return undefined;
    if (p.name.endsWith(` ${given}`)) return p;
  }
  return undefined;
}

function careerSubject(subjects: () => readonly PersonCandidate[], t: TitleCandidate, text: string): PersonCandidate | undefined {
  const before = text.slice(Math.max(0, t.start - 40), t.start);
  const byVerb = CAREER.test(before);
  if (!byVerb && !COPULA.test(before)) return undefined;
  const subject = nearestBefore(subjects(), t.start);
  if (!subject || t.start - subject.end > SUBJECT_WINDOW) return undefined;
  const between = text.slice(subject.end, t.start);
  if (between.includes('\n') || PROPOSED.test(between)) return undefined;
  if (byVerb || COPULA_AFTER_NAME.test(between)) return subject;
  const pronoun = COPULA_AFTER_PRONOUN.exec(between);
  if (!pronoun) return undefined;
  const given = pronoun.groups!.given;
  // "Bà Nga là …" speaks of the last person of that given name, whoever was named in between.
  return given ? lastNamed(subjects(), t.start, given) : subject;
}

/** "… là đại biểu Quốc hội đương nhiệm, là các ông A, B và C": the names after the second "là". */
function namedByIs(people: readonly PersonCandidate[], chain: TitleCandidate[], text: string): PersonCandidate[] {
  const first = chain[0]!;
  if (!/là[ ]+$/.test(text.slice(Math.max(0, first.start - 5), first.start))) return [];
  const limit = clauseEnd(text, first.end);
  const inSentence = within(people, first.end, limit);
  const start = inSentence.findIndex((p) => NAMED_BY_IS.test(text.slice(first.end, p.start)));
  return start < 0 ? [] : inSentence.slice(start);
}

/** "bổ nhiệm chức vụ Phó Thủ tướng đối với các ông A, B", "bổ nhiệm 3 Thứ trưởng cho các ông, bà: A, B, C": the names the decision concerns. */
const HONOREES = String.raw`(?:các[ ]+)?(?:ông|bà|đồng chí)(?:[ ]*,[ ]*(?:ông|bà))?[ ]*:?[ ]*`;
/** "cho" only before the persons it names: "Chủ tịch UBND tỉnh cho biết" concerns no one. */
const CONCERNING = new RegExp(String.raw`^[ ]*${TERM}(?:(?:đối với|với)[ ]+(?:${HONOREES})?|cho[ ]+${HONOREES})`, 'i');

function concerned(people: readonly PersonCandidate[], chain: TitleCandidate[], titles: readonly TitleCandidate[], text: string): PersonCandidate[] {
  const last = chain.at(-1)!;
  const intro = CONCERNING.exec(text.slice(last.end, last.end + 40));
  if (!intro) return [];
  const from = last.end + intro[0].length;
  // "… A và Bộ trưởng Bộ Tư pháp đối với ông B": the next office starts another decision.
  const nextOffice = nearestAfter(titles, from)?.start ?? text.length;
  const limit = Math.min(clauseEnd(text, from), nextOffice);
  return within(people, from, limit);
}

/** Where the sentence that goes on at `from` ends: "." before a space or the end, or a line break (";" parts a list's items). */
function sentenceEnd(text: string, from: number): number {
  const re = /\.(?=\s|$)|\n/g;
  re.lastIndex = from;
  return re.exec(text)?.index ?? text.length;
}

/**
 * "các đồng chí Ủy viên Ban Thường vụ Thành ủy: A, B, C": every name of the clause. After a
 * colon the list runs to the end of the sentence, its items parted by ";" ("các Ủy viên Bộ
 * Chính trị: A, Bộ trưởng Công an; B, Bộ trưởng Quốc phòng"); "các" alone heads one only then.
 */
function listMembers(people: readonly PersonCandidate[], chain: TitleCandidate[], titles: readonly TitleCandidate[], text: string): PersonCandidate[] {
  const first = chain[0]!;
  const last = chain.at(-1)!;
  const heads = (t: TitleCandidate): boolean => {
    const before = text.slice(Math.max(0, t.start - 30), t.start);
    return LIST_HEAD.test(before) || (PLURAL_HEAD.test(before) && LIST_COLON.test(text.slice(t.end, t.end + 8)));
  };
  if (!heads(first)) return [];
  if (!LIST_COLON.test(text.slice(last.end, last.end + 8))) return within(people, last.end, clauseEnd(text, last.end));
  // "các Phó Thủ tướng: A, B; các Bộ trưởng: C, D": the next list's head ends this one.
  const next = titles.slice(firstFrom(titles, last.end)).find((t) => t.start < sentenceEnd(text, last.end) && heads(t));
  return within(people, last.end, next?.start ?? sentenceEnd(text, last.end));
}

/** "Trợ lý đồng chí X", "Thư ký ông X": the office serves the person named after it; it is someone else's. */
const SERVING = /^(?:Trợ lý|Thư ký)$/i;
const HONORIFIC_FIRST = /^[ ]*(?:đồng chí|ông|bà)[ ]/i;
function servesNext(t: TitleCandidate, between: string): boolean {
  return SERVING.test(t.title) && HONORIFIC_FIRST.test(between);
}

/** "và" between two offices of a chain. */
const AND = /^[ ]*và[ ]*$/;

/**
 * "đồng chí A, Phó Bí thư Tỉnh ủy và Giám đốc Sở Nội vụ B": a chain in apposition to one name
 * and right before another, joined by "và", is two: the offices before "và" are the first
 * name's, those after it the second's.
 */
function splitBetween(chain: TitleCandidate[], people: readonly PersonCandidate[], text: string, aliasOf: Map<PersonCandidate, PersonCandidate>): Holding[] | undefined {
  if (chain.length < 2) return undefined;
  const first = chain[0]!;
  const last = chain.at(-1)!;
  const prev = nearestBefore(people, first.start);
  const next = nearestAfter(people, last.end);
  if (!prev || !next || !APPOSITION.test(gap(text, prev, first)) || !BEFORE_NAME.test(gap(text, last, next))) return undefined;
  const at = chain.findIndex((t, i) => i > 0 && AND.test(gap(text, chain[i - 1]!, t)));
  if (at < 0) return undefined;
  return [
    { chain: chain.slice(0, at), holders: [aliasOf.get(prev) ?? prev] },
    { chain: chain.slice(at), holders: [next] },
  ];
}

/** "các đồng chí A, B được bầu làm …": a list opened by a plural honorific is the verb's subject, every name of it. */
const PLURAL_HONORIFIC = /(?:^|[^\p{L}\p{M}])các[ ]+(?:đồng chí|ông|bà)(?:[ ]*,[ ]*bà)?[ ]+$/iu;
function pluralSubject(people: readonly PersonCandidate[], subject: PersonCandidate, text: string): PersonCandidate[] {
  let i = people.indexOf(subject);
  while (i > 0 && LIST.test(gap(text, people[i - 1]!, people[i]!))) i--;
  const head = people[i]!;
  if (head === subject) return [subject];
  // "các đồng chí A, B", or names joined by "và": "Ông A và ông B được chỉ định giữ chức …".
  const joinedByAnd = /(?:^|[^\p{L}\p{M}])và[ ]/u.test(text.slice(head.end, subject.start));
  if (!joinedByAnd && !PLURAL_HONORIFIC.test(text.slice(Math.max(0, head.start - 20), head.start))) return [subject];
  return people.slice(i, people.indexOf(subject) + 1);
}

/** A line of a career timeline up to its office: "- Tháng 3/1990: ", "Từ 5/1995 - 2000: ", "1990 - 1995: ". */
const TIMELINE_HEAD = /^[ \t]*(?:[-–•+*][ \t]*)?[^:\n]{0,30}(?:19|20)\d\d[^:\n]{0,24}:[ \t]*$/;
/** How far back a biography's subject is looked for from a line of its timeline. */
const TIMELINE_WINDOW = 3000;

function lineBefore(text: string, pos: number): string {
  return text.slice(text.lastIndexOf('\n', pos - 1) + 1, pos);
}

/**
 * "Tiểu sử đồng chí A … - Tháng 3/1990: Phó Giám đốc Sở Tài chính": an office that opens a
 * line of a timeline belongs to the biography's subject, the last person named before it
 * outside the timeline.
 */
function timelineSubject(people: readonly PersonCandidate[], t: TitleCandidate, text: string): PersonCandidate | undefined {
  if (!TIMELINE_HEAD.test(lineBefore(text, t.start))) return undefined;
  for (let i = firstFrom(people, t.start) - 1; i >= 0; i--) {
    const p = people[i]!;
    if (t.start - p.end > TIMELINE_WINDOW) return undefined;
    if (!TIMELINE_HEAD.test(lineBefore(text, p.start))) return p;
  }
  return undefined;
}

function holdings(people: readonly PersonCandidate[], titles: readonly TitleCandidate[], text: string, aliasOf: Map<PersonCandidate, PersonCandidate>): Holding[] {
  const out: Holding[] = [];
  // Needed only after a career verb or "là": most articles never ask.
  let subjects: PersonCandidate[] | undefined;
  const subjectsOf = (): PersonCandidate[] => (subjects ??= people.filter((p) => !REPLACED.test(text.slice(Math.max(0, p.start - 20), p.start))));
  for (const chain of chains(titles, text)) {
    const first = chain[0]!;
    const last = chain.at(-1)!;
    const members = [...listMembers(people, chain, titles, text), ...concerned(people, chain, titles, text)];
    if (members.length) {
      out.push({ chain, holders: members });
      continue;
    }
    const next = nearestAfter(people, last.end);
    const split = splitBetween(chain, people, text, aliasOf);
    if (split) {
      out.push(...split);
      continue;
    }
    if (next && BEFORE_NAME.test(gap(text, last, next)) && !servesNext(last, gap(text, last, next))) {
      out.push({ chain, holders: [next] });
      continue;
    }
    const prev = nearestBefore(people, first.start);
    if (prev && APPOSITION.test(gap(text, prev, first))) {
      out.push({ chain, holders: [aliasOf.get(prev) ?? prev] });
      continue;
    }
    if (next && OFFICE_IS.test(gap(text, last, next))) {
      out.push({ chain, holders: [next] });
      continue;
    }
    if (next && BEFORE_RANKED_NAME.test(gap(text, last, next))) {
      out.push({ chain, holders: [next] });
      continue;
    }
    const listed = namedByIs(people, chain, text);
    if (listed.length) {
      out.push({ chain, holders: listed });
      continue;
    }
    const subject = careerSubject(subjectsOf, first, text);
    if (subject) {
      out.push({ chain, holders: pluralSubject(people, subject, text).map((p) => aliasOf.get(p) ?? p) });
      continue;
    }
    const told = timelineSubject(people, first, text);
    if (told) out.push({ chain, holders: [aliasOf.get(told) ?? told] });
  }
  return out;
}

/** "Đặng Văn A (tức hòa thượng Thích B)": the second name is another name of the first. */
function aliases(people: readonly PersonCandidate[], text: string): Map<PersonCandidate, PersonCandidate> {
  const out = new Map<PersonCandidate, PersonCandidate>();
  people.forEach((p, i) => {
    const prev = people[i - 1];
    if (prev && ALIAS.test(gap(text, prev, p))) out.set(p, out.get(prev) ?? prev);
  });
  return out;
}

/**
 * One entry per distinct office, in its fullest written form: "Bí thư Thành ủy" goes into
 * "Bí thư Thành ủy TPHCM" and "Thủ tướng" into "Thủ tướng Chính phủ" (same office, more written), but "Chủ tịch UBND tỉnh" stays beside
 * "Phó Chủ tịch UBND tỉnh" (another office that merely contains its words).
 */
export function mergePositions(positions: readonly Position[], fold: Fold): Position[] {
  // Most people hold one office: nothing to merge it with.
  if (positions.length < 2) return [...positions];
  const longestFirst = [...positions].sort((a, b) => b.text.length - a.text.length);
  const kept: Position[] = [];
  // "Thủ tướng" is "Thủ tướng Chính phủ" written short; "Chủ tịch" is not "Phó Chủ tịch", nor "Phó Chủ tịch" "Phó Chủ tịch thường trực".
  const sameTitle = (a: string, b: string): boolean => a === b || (a.startsWith(`${b} `) && !MODIFIER_WORDS.has(a.slice(b.length + 1)));
  const sameOffice = (a: Position, b: Position): boolean => sameTitle(fold(a.title), fold(b.title)) && fold(a.text).includes(fold(b.text));
  for (const p of longestFirst) if (!kept.some((k) => sameOffice(k, p))) kept.push(p);
  return positions.filter((p) => kept.includes(p));
}

const PLURAL_BEFORE = /(?:^|[^\p{L}])(?:các|những|mỗi|từng|mọi)[ ]+$/iu;

/**
 * "Bí thư Tỉnh ủy Thừa Thiên Huế chủ trì … Bí thư Lê Văn A phát biểu": an office written alone
 * before a name is the one the article gives in full, with a body, to no one else.
 */
function fullerForms(titles: readonly TitleCandidate[], held: readonly Holding[], text: string, fold: Fold): (t: TitleCandidate) => PositionMeta {
  const byOffice = new Map<string, Map<string, PositionMeta>>();
  for (const t of titles) {
    const meta = positionOf(t);
    // "các Bí thư Huyện ủy" is an office in general, not one the article gives in full.
    if (!meta.organization || PLURAL_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start))) continue;
    const office = fold(meta.title);
    let forms = byOffice.get(office);
    if (!forms) byOffice.set(office, (forms = new Map<string, PositionMeta>()));
    forms.set(fold(meta.text), meta);
  }
  const heldElsewhere = new Set<string>();
  for (const { chain } of held) {
    for (const t of chain) if (positionOf(t).organization) heldElsewhere.add(fold(positionOf(t).title));
  }
  return (t) => {
    const meta = positionOf(t);
    if (meta.organization) return meta;
    const office = fold(meta.title);
    const forms = byOffice.get(office);
    if (!forms || forms.size !== 1 || heldElsewhere.has(office)) return meta;
    return [...forms.values()][0]!;
  };
}

function toPosition(meta: PositionMeta): Position {
  return { text: meta.text, title: meta.title, ...(meta.organization ? { organization: meta.organization } : {}) };
}

export function mergeOfficials(draft: Draft, ctx: ExtractContext): Draft {
  const text = ctx.text;
  const fold = foldIn(ctx);
  const byStart = (a: Candidate, b: Candidate): number => a.start - b.start;
  const titles = draft.mentions.filter((m): m is TitleCandidate => m.type === 'title').sort(byStart);
  // A name inside an office's organization is its place: "Bí thư Thị ủy Sơn Tây".
  const insideTitle = (p: PersonCandidate): boolean => {
    const t = nearestBefore(titles, p.end);
    return !!t && t.start <= p.start && p.end <= t.end;
  };
  const candidates = draft.mentions
    .filter((m): m is PersonCandidate => m.type === 'person')
    .sort(byStart)
    .filter((p) => !insideTitle(p));
  const people = unglued(acceptNames(candidates, titles, text, fold));
  const aliasOf = aliases(people, text);

  const index = new Map<string, number>();
  const persons: Person[] = [...draft.people];
  const personIndex = (p: PersonCandidate): number => {
    const key = fold(p.name);
    let i = index.get(key);
    if (i === undefined) {
      i = persons.push({ name: p.name, positions: [] }) - 1;
      index.set(key, i);
    }
    return i;
  };
  const linked = new Map<Candidate, Candidate>();
  for (const p of people) linked.set(p, { ...p, personIndex: personIndex(p) });

  const held = holdings(people, titles, text, aliasOf);
  const fuller = fullerForms(titles, held, text, fold);
  for (const { chain, holders } of held) {
    for (const holder of holders) {
      const i = personIndex(holder);
      persons[i]!.positions.push(...chain.map((t) => toPosition(chain.length === 1 ? fuller(t) : positionOf(t))));
    }
    // A title stands for one person; an office shared by a list names no one in particular.
    if (holders.length === 1) for (const t of chain) linked.set(t, { ...t, personIndex: personIndex(holders[0]!) });
  }
  for (const p of persons) p.positions = mergePositions(p.positions, fold);

  // Names not accepted as persons are dropped.
  const mentions: Candidate[] = [];
  for (const m of draft.mentions) {
    const l = linked.get(m);
    if (l) mentions.push(l);
    else if (m.type !== 'person') mentions.push(m);
  }
  return { mentions, people: persons };
}

export const mergeOfficialsRefiner: Refiner = { id: 'merge-officials', refine: mergeOfficials };
