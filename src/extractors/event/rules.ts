/**
 * Event rules: numbered congresses, plenums and sessions (SPEC §2 "event"). An event needs
 * its number: an unnumbered "Hội nghị" is the meeting being reported, not a named event.
 * Spans stop before "của …", which only fills `body`.
 */
import { B, firstMatch, matches, xre, type Groups, type Match } from '../../patterns/compose.js';
import { ordinalToInt, ordinalValue, roman } from '../../patterns/ordinals.js';
import type { EventMention } from '../../schema/index.js';
import type { Candidate, ExtractContext, Rule } from '../types.js';
import { CENTRAL_COMMITTEE, capWord, committee, congressPattern, plenumPattern, termsOf, termsPattern } from './patterns.js';

/** "của Đảng bộ Thành phố", "của Ủy ban Thường vụ Quốc hội": the body named after an event. */
const ofBody = xre(String.raw`^\s+của\s+(?<body>${committee}|(?:${capWord}|ủy|ban|bộ|vụ|hội|tỉnh|thành\s+phố|huyện|quận|trung\s+ương|chấp\s+hành|thường|nhân\s+dân|kiểm\s+tra)(?:\s+(?:${capWord}|sản|ủy|ban|bộ|vụ|hội|tỉnh|thành\s+phố|phố|huyện|quận|chấp\s+hành|thường|nhân\s+dân|kiểm\s+tra|Trung\s+ương)){0,8})`);

function bodyAfter(ctx: ExtractContext, end: number): string | undefined {
  const m = firstMatch(ofBody, ctx.text.slice(end, end + 120));
  return m?.groups?.body;
}

/** A committee's name as the Party writes it: "BCH" and "BTV" spelled out, "Ban chấp hành" capitalized. */
function canonicalBody(body: string): string {
  return body
    .replace(/\s+/g, ' ')
    .replace(/^(?:Ban chấp hành|BCH)(?= |$)/, 'Ban Chấp hành')
    .replace(/^(?:Ban thường vụ|BTV)(?= |$)/, 'Ban Thường vụ')
    .replace(/^Ban Chấp hành T[WƯ]$/, CENTRAL_COMMITTEE);
}

function event(ctx: ExtractContext, rule: string, start: number, end: number, kind: EventMention['kind'], fields: { ordinal?: number; body?: string; terms?: string[] }): Candidate {
  const body = fields.body ?? bodyAfter(ctx, end);
  return {
    type: 'event',
    kind,
    start,
    end,
    ...(fields.ordinal !== undefined ? { ordinal: fields.ordinal } : {}),
    ...(body ? { body: canonicalBody(body) } : {}),
    ...(fields.terms ? { terms: fields.terms } : {}),
    rule,
  };
}

/** "Hội nghị lần thứ 5 của Hội đồng quản trị Vietcombank": a company's board meeting is no political event. */
const COMPANY_BOARD_AFTER = /^\s+(?:của\s+)?(?:Hội đồng quản trị|HĐQT|Hội đồng thành viên|HĐTV|Đại hội đồng cổ đông|[Cc]ông ty|Tổng công ty|Tập đoàn|[Nn]gân hàng)(?![\p{L}\p{M}])/u;
function ofCompany(ctx: ExtractContext, end: number): boolean {
  return COMPANY_BOARD_AFTER.test(ctx.text.slice(end, end + 40));
}

/** The Party by its full name. */
const PARTY = /^Đảng(?:\s+Cộng\s+sản\s+Việt\s+Nam)?$/;

/**
 * The body of a congress from the words around its ordinal, without "đại biểu" and "toàn
 * quốc" ("Đại hội đại biểu toàn quốc lần thứ XIII" is the Party's). Undefined when nothing
 * is written, so that "của Đảng bộ Thành phố" after the span can name it.
 */
function congressBodyOf(g: Groups): string | undefined {
  const written = [g.cbody, g.ctrail].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
  if (!written) return undefined;
  const named = written.replace(/đại biểu|toàn quốc/gi, '').replace(/\s+/g, ' ').trim();
  return !named || PARTY.test(named) ? 'Đảng' : named;
}

function congressOrdinal(g: Groups): number | undefined {
  return ordinalToInt(g.cord ?? g.croman ?? g.carabic);
}

/** Committees are plenary bodies; anything else meeting in a numbered "Hội nghị" holds a conference. */
const PLENARY = /ủy|Chấp hành|chấp hành|Thường vụ|thường vụ|Trung ương/;

/**
 * A plenum is held by a Party committee. A numbered "Hội nghị" of any other named body ("Hội
 * nghị lần thứ 28 Ủy ban liên Chính phủ") is a conference; without a name it is the plenum
 * of the committee the article is about ("Hội nghị lần thứ 4 để họp bàn").
 */
function plenary(body: string | undefined, ctx: ExtractContext, end: number): boolean {
  if (body) return PLENARY.test(body);
  return !/^\s+\p{Lu}/u.test(ctx.text.slice(end, end + 3));
}

const committeeAndTerm = xre(String.raw`(?<c>${committee})(?:\s+khóa\s+(?<t>${roman}))?`, 'g');

/**
 * "Ban Chấp hành Đảng bộ thành phố Hà Nội khóa XVII tổ chức Hội nghị lần thứ 4": a plenum
 * named by its number alone belongs to the committee the same sentence names before it.
 */
function committeeBefore(text: string, start: number): { body?: string; terms?: string[] } {
  const before = text.slice(Math.max(0, start - 200), start);
  const sentence = before.slice(Math.max(...['.', '!', '?', '\n'].map((c) => before.lastIndexOf(c))) + 1);
  let last: Match | undefined;
  for (const m of matches(committeeAndTerm, sentence)) last = m;
  if (!last) return {};
  return { body: last.groups.c, ...(last.groups.t ? { terms: [last.groups.t] } : {}) };
}

function plenumFields(g: Groups): { ordinal?: number; body?: string; terms?: string[] } {
  const body = g.pcentral ? CENTRAL_COMMITTEE : (g.pbody ?? g.pbody2);
  return { ordinal: ordinalToInt(g.pnum ?? g.pnum2 ?? g.pord ?? g.pord2), ...(body ? { body: canonicalBody(body) } : {}), terms: termsOf(g.terms) };
}

/** A session body and term written after the ordinal: "Kỳ họp thứ 3, Quốc hội khóa XIV". */
const sessionBody = String.raw`(?:Quốc\s+hội|Hội\s+đồng\s+nhân\s+dân(?:\s+(?:tỉnh|thành\s+phố|huyện|quận|xã|phường))?(?:\s+${capWord}){0,4}|HĐND(?:\s+(?:tỉnh|thành\s+phố|huyện|quận|xã|phường|TP\.?))?(?:\s+${capWord}){0,4}|Ủy\s+ban\s+Thường\s+vụ\s+Quốc\s+hội|Ủy\s+ban\s+Kiểm\s+tra(?:\s+(?:Trung\s+ương|Tỉnh\s+ủy|Thành\s+ủy))?)`;

const BY_TERM = /\skhóa\s+[IVXL]+$/;
const LOCAL_PARTY_BODY = /^(?:đại\s+biểu\s+)?Đảng\s+bộ\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường)(?:\s+\p{Lu}[\p{Ll}\p{M}]*){0,3}\s*$/u;

/** The Central Inspection Commission numbers its meetings "kỳ thứ 15": the word "họp" or the commission must be near. */
const INSPECTION_NEARBY = /Ủy ban Kiểm tra|UBKT/;

export const rules: Rule[] = [
  {
    id: 'event.congress',
    pattern: xre(String.raw`${B}${congressPattern}`, 'g'),
    extract: (m, ctx) => {
      // "Đại hội … khóa XX" numbers a local Party organization's congress by its term only.
      if (BY_TERM.test(m[0]) && !LOCAL_PARTY_BODY.test(m.groups.cbody ?? '')) return null;
      const end = m.index + m[0].length;
      const after = bodyAfter(ctx, end);
      const body = congressBodyOf(m.groups) ?? (after && PARTY.test(after) ? 'Đảng' : after) ?? 'Đảng';
      return event(ctx, 'event.congress', m.index, end, 'congress', { ordinal: congressOrdinal(m.groups), body });
    },
  },
  {
    id: 'event.plenum',
    pattern: xre(String.raw`${B}${plenumPattern}`, 'g'),
    extract: (m, ctx) => {
      const end = m.index + m[0].length;
      if (ofCompany(ctx, end)) return null;
      const fields = plenumFields(m.groups);
      if (!plenary(fields.body, ctx, end)) return event(ctx, 'event.plenum', m.index, end, 'conference', fields);
      return event(ctx, 'event.plenum', m.index, end, 'plenum', fields.body ? fields : { ...fields, ...committeeBefore(ctx.text, m.index) });
    },
  },
  {
    id: 'event.session',
    // After a comma the body is the session's only with its term or at the end of the sentence:
    // "Kỳ họp thứ 9, Quốc hội khóa XV"; in "Kỳ họp thứ 6, Ủy ban Thường vụ Quốc hội sẽ …" it is the next clause's subject.
    pattern: xre(
      String.raw`${B}(?:[Kk]ỳ\s+họp|[Pp]hiên\s+họp)(?:\s+bất\s+thường)?\s+(?:lần\s+)?thứ\s+(?<ord>${ordinalValue})(?:\s+(?<sbody>${sessionBody})|\s*,\s+(?<sbody2>${sessionBody})(?=\s*,?\s+khóa\s|\s*\(\s*khóa\s|\s*[.;]|\s*$))?(?:${termsPattern})?`,
      'g',
    ),
    extract: (m, ctx) => {
      const end = m.index + m[0].length;
      if (ofCompany(ctx, end)) return null;
      return event(ctx, 'event.session', m.index, end, 'session', { ordinal: ordinalToInt(m.groups.ord), body: m.groups.sbody ?? m.groups.sbody2, terms: termsOf(m.groups.terms) });
    },
  },
  {
    id: 'event.inspection-session',
    // "nhiệm kỳ thứ hai", "học kỳ thứ 2" are a term and a semester, not a meeting.
    // After "họp" the commission's headlines drop "thứ": "Ủy ban Kiểm tra Trung ương họp kỳ 39".
    pattern: xre(String.raw`${B}(?:(?<lead>họp\s+)[Kk]ỳ\s+(?:thứ\s+)?|(?<!(?:nhiệm|học|chu|định)\s)[Kk]ỳ\s+thứ\s+)(?<ord>${ordinalValue})`, 'g'),
    extract: (m, ctx) => {
      const near = ctx.text.slice(Math.max(0, m.index - 150), m.index + m[0].length + 80);
      // Without "thứ" only the commission numbers its meetings so.
      if ((!m.groups.lead || !/thứ/.test(m[0])) && !INSPECTION_NEARBY.test(near)) return null;
      const start = m.index + (m.groups.lead?.length ?? 0);
      return event(ctx, 'event.inspection-session', start, m.index + m[0].length, 'session', { ordinal: ordinalToInt(m.groups.ord) });
    },
  },
];
