/**
 * What the words around a document reference say about it (SPEC §2 "document"): the issue
 * date right after it ("ngày 08/7/2019"), the issuer after it ("… của Bộ Chính trị") or before
 * it as the subject of "ban hành" ("Bộ Chính trị ban hành Chỉ thị số 35"), and the plenum of
 * a resolution adopted "… của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII".
 */
import { B, firstMatch, matches, xre, type Match } from '../../patterns/compose.js';
import { day, isoDate, month, year } from '../../patterns/dates.js';
import { ordinalToInt } from '../../patterns/ordinals.js';
import { capWord, congressPattern, plenumPattern, termsOf } from '../event/patterns.js';
import provinces from '../../lexicon/provinces.json' with { type: 'json' };
import surnames from '../../lexicon/surnames.json' with { type: 'json' };
import { bodyHead, typeWord } from './lexicon.js';

/** Lower-case syllables that end a body's name: prepositions, verbs and "khóa". */
const notNameSyllable = String.raw`(?:khóa|về|và|để|thực|triển|trong|tại|với|đã|đang|sẽ|vừa|ban|nhằm|của|ngày|số|là|được|gắn|theo|cho|đối|trên|năm|thì|mà|đến|tới|từ|lãnh|chỉ|quy|nêu|có|này|đó|cũng|còn|ở)(?![\p{L}\p{M}])`;
/** One word of a body's name: a capitalized word, or a joined abbreviation ("TN-MT"), with at most one lower-case syllable after it ("Tổ chức", "Chính trị"). */
const nameWord = String.raw`${capWord}(?:-\p{Lu}+)?(?:\s+(?!${notNameSyllable})\p{Ll}[\p{L}\p{M}]*)?`;
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
/** The subject's verb right before the reference: it issued it ("ban hành", "ký") or sent it ("có", "gửi"). */
const issuingVerb = /^\s+(?:(?:đã|vừa|mới)\s+)?(?:(?:ký\s+)?ban\s+hành|ký|có|gửi)\s*$/;
/** A sentence without one of those verbs at its end names no issuer before the reference: no need to look for bodies. */
const endsWithIssuingVerb = /(?:ban\s+hành|ký|có|gửi)\s*$/;
/** Verbs of issuing proper: the day that opens the sentence is the issue date. */
const signingVerb = /\s(?:ký|ban\s+hành)\s*$/;
const openingDate = xre(String.raw`^\s*[Nn]gày\s+(?<d>${day})(?:\s?[/.-]\s?|\s+tháng\s+)(?<m>${month})(?:\s?[/.-]\s?|\s+năm\s+)(?<y>${year})(?![\p{N}])\s*,`);

const SURNAMES = new Set(surnames.surnames);
const PROVINCES = new Set(provinces.provinces.map((p) => p.name.replace(/^Thành phố /, '')));
const ADMIN_WORD = /^(?:tỉnh|thành|phố|TP\.?|quận|huyện|xã|phường|thị)$/i;

/**
 * "Thứ trưởng Bộ Nội vụ Nguyễn Văn A ký": the signer's name, a surname and two or three
 * capitalized syllables, ends the body's words; a place after an admin word or a province
 * ("Thành phố Hồ Chí Minh") stays.
 */
function withoutSigner(body: string): string {
  const words = body.split(/\s+/);
  for (let n = 3; n <= 4; n++) {
    const name = words.slice(-n);
    if (words.length <= n || !SURNAMES.has(name[0]!) || !name.every((w) => /^\p{Lu}/u.test(w))) continue;
    if (ADMIN_WORD.test(words[words.length - n - 1]!) || PROVINCES.has(name.join(' '))) continue;
    return words.slice(0, -n).join(' ');
  }
  return body;
}

/** A head word alone ("của Bộ", "của Ban", "Hội nghị có …") names no body. */
const BARE_HEAD = /^(?:Bộ|Ban|Sở|Cục|Viện|Hội đồng|Ủy ban|Văn phòng|Tổng cục|Thanh tra|Liên đoàn|Hội nghị|Đại hội)$/;

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

/** Date, issuer and plenum written after a reference that ends at `end`. */
export function surroundingsAfter(text: string, end: number): Surroundings {
  // A reference's own line: a heading's issuer does not run into the next paragraph.
  const window = text.slice(end, end + 300);
  const newline = window.indexOf('\n');
  const m = firstMatch(after, newline < 0 ? window : window.slice(0, newline));
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

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** The sentence up to `start`, at most 120 characters back. */
function sentenceBefore(text: string, start: number): string {
  const from = Math.max(0, start - 120);
  for (let i = start - 1; i >= from; i--) {
    const c = text[i];
    // A period inside a date or symbol ("3.12.2010") does not end the sentence.
    if ((c === '.' || c === '!' || c === '?' || c === '\n') && !(i + 1 < start && isDigit(text.charCodeAt(i + 1)))) return text.slice(i + 1, start);
  }
  return text.slice(from, start);
}

/** "Thay mặt Bộ Chính trị, Thường trực Ban Bí thư … ký": the body a signer signs for. */
const onBehalfOf = xre(String.raw`(?<![\p{L}\p{M}])(?:[Tt]hay\s+mặt|T/M)\s+(?<body>${body})`);

/** The subject of "ban hành", "ký", "có" just before a reference that starts at `start`, or the body its signer signs for. */
export function issuerBefore(text: string, start: number): string | undefined {
  const sentence = sentenceBefore(text, start);
  if (!endsWithIssuingVerb.test(sentence)) return undefined;
  const behalf = firstMatch(onBehalfOf, sentence)?.groups.body;
  if (behalf && !BARE_HEAD.test(behalf)) return canonicalIssuer(withoutSigner(behalf));
  for (const head of matches(headAt, sentence)) {
    const found = firstMatch(bodyHere, sentence.slice(head.index));
    if (found && !BARE_HEAD.test(found[0]) && issuingVerb.test(sentence.slice(head.index + found[0].length))) return canonicalIssuer(withoutSigner(found[0]));
  }
  return undefined;
}

/**
 * "Ngày 3/12/2010, Chủ tịch UBND tỉnh ký văn bản số 6386": the day that opens a sentence
 * dates the one document the sentence says was signed or issued then.
 */
export function dateBefore(text: string, start: number, end: number): string | undefined {
  const sentence = sentenceBefore(text, start);
  if (!signingVerb.test(sentence)) return undefined;
  const opening = firstMatch(openingDate, sentence);
  if (!opening) return undefined;
  const rest = text.slice(end, end + 200).split(/[.!?\n](?!\d)/)[0]!;
  if (/(?:^|\s)số\s+\d/.test(sentence + rest)) return undefined;
  return isoDate(Number(opening.groups.y), Number(opening.groups.m), Number(opening.groups.d)) ?? undefined;
}
