/**
 * What the words around a document reference say about it (SPEC §2 "document"): the issue
 * date right after it ("ngày 08/7/2019"), the issuer after it ("… của Bộ Chính trị") or before
 * it as the subject of "ban hành" ("Bộ Chính trị ban hành Chỉ thị số 35"), and the plenum of
 * a resolution adopted "… của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII".
 */
import XRegExp from 'xregexp';
import { B, matches, xre, type Match } from '../../patterns/compose.js';
import { day, isoDate, month, year } from '../../patterns/dates.js';
import { ordinalToInt } from '../../patterns/ordinals.js';
import { capWord, congressPattern, plenumPattern, termsOf } from '../event/patterns.js';
import { bodyHead, typeWord } from './lexicon.js';

/** Lower-case syllables that end a body's name: prepositions, verbs and "khóa". */
const notNameSyllable = String.raw`(?:khóa|về|và|để|thực|triển|trong|tại|với|đã|đang|sẽ|vừa|ban|nhằm|của|ngày|số|là|được|gắn|theo|cho|đối|trên|năm|thì|mà|đến|tới|từ|lãnh|chỉ|quy|nêu|có|này|đó|cũng|còn|ở)(?![\p{L}\p{M}])`;
/** One word of a body's name: a capitalized word with at most one lower-case syllable after it ("Tổ chức", "Chính trị"). */
const nameWord = String.raw`${capWord}(?:\s+(?!${notNameSyllable})\p{Ll}[\p{L}\p{M}]*)?`;
const adminWord = String.raw`(?:nhân\s+dân|tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|cán\s+sự\s+đảng|cán\s+sự)`;
/** An issuing body: a head from the lexicon, then name words ("Ban Thường vụ Thành ủy", "Ủy ban nhân dân tỉnh Nghệ An"). */
/** "và" joins the words of one name ("Bộ Kế hoạch và Đầu tư"), not a second body or document. */
const andWord = String.raw`và\s+(?!(?:${bodyHead}|${typeWord})(?![\p{L}\p{M}]))${capWord}`;
export const body = String.raw`(?:${bodyHead})(?:\s+(?:${nameWord}|${adminWord}|${andWord}))*`;

const after = xre(
  String.raw`^(?:\s*,)?(?:\s+(?:được\s+)?(?:ban\s+hành\s+)?(?:vào\s+)?ngày\s+(?<d>${day})(?:\s?[/.-]\s?|\s+tháng\s+)(?<m>${month})(?:\s?[/.-]\s?|\s+năm\s+)(?<y>${year})(?![\p{N}]))?(?:\s*,)?(?:\s+(?:của\s+)?(?<plenum>${plenumPattern})|\s+(?:của|do)\s+(?!(?:${typeWord})(?![\p{L}\p{M}]))(?:(?<congress>${congressPattern})|(?<body>${body})))?`,
);
/** Where a body may start, and the body read forward from there (never backwards from the verb). */
const headAt = xre(String.raw`${B}(?:${bodyHead})`, 'g');
const bodyHere = xre(String.raw`^(?:${body})`);
const issuingVerb = /^\s+(?:(?:đã|vừa|mới)\s+)?(?:ký\s+)?ban\s+hành\s*$/;

/** A head word alone ("của Bộ", "của Ban") names no body. */
const BARE_HEAD = /^(?:Bộ|Ban|Sở|Cục|Viện|Hội đồng|Ủy ban|Văn phòng|Tổng cục|Thanh tra|Liên đoàn)$/;

export interface Surroundings {
  date?: string;
  issuer?: string;
  plenums?: number[];
  terms?: string[];
  /** "của Đảng bộ Thành phố" after a congress resolution, kept whole for its issuer. */
  ofBody?: string;
}

/** "Ban Chấp hành Trung ương Đảng", "Trung ương" (the Central Committee) → one canonical issuer. */
export function canonicalIssuer(name: string): string {
  const n = name.replace(/\s+/g, ' ').trim();
  if (/^(?:Ban Chấp hành )?Trung ương(?: Đảng)?$/i.test(n)) return 'Ban Chấp hành Trung ương';
  // "Ban Bí thư Trung ương Đảng", "Bộ Chính trị khóa XII": the organ is the issuer.
  const organ = /^(?:Bộ Chính trị|Ban Bí thư)(?= )/.exec(n);
  return organ ? organ[0] : n;
}

function exec(re: RegExp, s: string): Match | null {
  return XRegExp.exec(s, re) as Match | null;
}

/** Date, issuer and plenum written after a reference that ends at `end`. */
export function surroundingsAfter(text: string, end: number): Surroundings {
  // A reference's own line: a heading's issuer does not run into the next paragraph.
  const m = exec(after, text.slice(end, end + 300).split('\n')[0]!);
  if (!m) return {};
  const g = m.groups;
  const out: Surroundings = {};
  const date = g.y ? isoDate(Number(g.y), Number(g.m), Number(g.d)) : null;
  if (date) out.date = date;
  if (g.body && !BARE_HEAD.test(g.body)) {
    out.issuer = canonicalIssuer(g.body);
    out.ofBody = g.body.replace(/\s+/g, ' ');
  } else if (g.plenum) {
    const central = g.pcentral || /Trung\s+ương/.test(g.pbody ?? g.pbody2 ?? '');
    out.issuer = central ? 'Ban Chấp hành Trung ương' : canonicalIssuer(g.pbody ?? g.pbody2 ?? '');
    const ordinal = ordinalToInt(g.pnum ?? g.pnum2 ?? g.pord ?? g.pord2);
    if (ordinal !== undefined) out.plenums = [ordinal];
    const terms = termsOf(g.terms);
    if (terms) out.terms = terms;
  } else if (g.congress) {
    out.issuer = g.congress.replace(/\s+/g, ' ');
  }
  if (!out.issuer) delete out.issuer;
  return out;
}

/** The subject of "ban hành" just before a reference that starts at `start`. */
export function issuerBefore(text: string, start: number): string | undefined {
  const window = text.slice(Math.max(0, start - 120), start);
  const sentence = window.slice(Math.max(...['.', '!', '?', '\n'].map((c) => window.lastIndexOf(c))) + 1);
  for (const head of matches(headAt, sentence)) {
    const found = exec(bodyHere, sentence.slice(head.index));
    if (found && issuingVerb.test(sentence.slice(head.index + found[0].length))) return canonicalIssuer(found[0]);
  }
  return undefined;
}
