/**
 * Document rules (SPEC §2 "document"). A reference is a type word with what identifies one
 * document: a number or symbol ("Kế hoạch số 155-KH/TU"), a plenum and term ("Nghị quyết
 * Trung ương 4 (khóa XI)"), a congress ("Nghị quyết Đại hội XIII") or a proper name ("Luật
 * Đất đai"). A type word alone ("các chỉ thị, nghị quyết") is generic and yields nothing.
 * Spans stop before "ngày …" and "của …"; those fill `date` and `issuer` (context.ts).
 */
import countUnits from '../../lexicon/count-units.json' with { type: 'json' };
import { B, firstMatch, matches, xre, type Match } from '../../patterns/compose.js';
import { year } from '../../patterns/dates.js';
import { ordinalToInt, roman } from '../../patterns/ordinals.js';
import type { DocumentMention } from '../../schema/index.js';
import { central, congressBody, congressPattern, plenumPattern, termsOf, termsPattern } from '../event/patterns.js';
import type { Candidate, ExtractContext, Rule } from '../types.js';
import { dateBefore, issuerBefore, surroundingsAfter, type Surroundings } from './context.js';
import { docTypeOf, docTypeOfCode, namedTypeWord, typeWord, usesIn, type DocType } from './lexicon.js';
import { charterName, constitutionName, lawName } from './names.js';
import { docNumber, parseSymbol, symbolTail, type SymbolInfo } from './symbol.js';

const CENTRAL = 'Ban Chấp hành Trung ương';
/** Countable nouns (the count lexicon): a number before one counts, it does not identify. */
const COUNT_NOUNS = new Set(countUnits.countNouns);
/** The Central Committee's organs that issue /TW documents in its name. */
const ORGANS = ['Bộ Chính trị', 'Ban Bí thư'];

type DocFields = Omit<DocumentMention, 'type' | 'start' | 'end' | 'text' | 'docType' | 'documentId'>;

/** A number that counts or measures ("Kế hoạch 5 năm", "Chương trình 135 tỷ đồng") is no document number. */
const notCounted = String.raw`(?!\s*(?:%|năm(?!\s+\d{4})|tháng|tuần|quý|giờ|phút|người|lần|điểm|tỷ|triệu|nghìn|ngàn|đồng|km|ha|tuổi)(?![\p{L}\p{M}]))`;
/**
 * Lower-case words between a type word and "số" ("Chương trình hành động số 12"). A
 * preposition or a second type word ends the first one's reach: in "báo cáo tại tờ trình số
 * 107" the document is the tờ trình.
 */
const qualifierWord = String.raw`(?!(?:tại|theo|trong|bằng|qua|với|của|và|cho|về|từ|ở|${typeWord})(?![\p{L}\p{M}]))\p{Ll}[\p{L}\p{M}]*`;
const qualifier = String.raw`${qualifierWord}(?:\s+${qualifierWord}){0,5}`;
const listSep = String.raw`(?:\s*,\s*|\s+và\s+)`;
/** A Central Committee holds fewer than twenty plenums a term. */
const plenumNumber = String.raw`(?:1\d|[1-9])(?!\p{N})`;

function doc(rule: string, start: number, end: number, type: DocType, fields: DocFields, name?: string): Candidate {
  const out: Record<string, unknown> = { type: 'document', start, end, docType: type.type };
  for (const key in fields) {
    const value = fields[key as keyof DocFields];
    if (value !== undefined) out[key] = value;
  }
  out.rule = rule;
  if (name) out.meta = { name };
  return out as Candidate;
}

/**
 * "/TW" names the Central Committee's organs as a whole. Only its resolutions and Party
 * regulations are the Committee's own; a directive, conclusion or notice is the Politburo's
 * or the Secretariat's, which the sentence citing it usually names.
 */
function centralBody(symbol: SymbolInfo | undefined, text: string, start: number, end: number): string | undefined {
  if (symbol?.issuer !== CENTRAL || /^(?:NQ|QĐi)$/i.test(symbol.typeCode ?? '')) return symbol?.issuer;
  const sentence = sentenceAround(text, start, end);
  const named = ORGANS.filter((o) => sentence.includes(o));
  return named.length === 1 ? named[0] : symbol.issuer;
}

/** The sentence a reference stands in, at most 150 characters either side. */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 150), start);
  const after = text.slice(end, end + 150);
  const from = Math.max(...['.', '!', '?', '\n'].map((c) => before.lastIndexOf(c))) + 1;
  const to = Math.min(...['.', '!', '?', '\n'].map((c) => after.indexOf(c)).filter((i) => i >= 0), after.length);
  return before.slice(from) + text.slice(start, end) + after.slice(0, to);
}

/** Issuer by precedence: written after the reference, subject of "ban hành", the symbol, the type. */
/** An officer who signs for a body: "Thủ tướng … ký ban hành Nghị quyết số 205/NQ-CP" is the Government's. */
const SIGNER = /^(?:(?:Phó\s+)?Thủ\s+tướng|(?:Phó\s+)?Chủ\s+tịch|Bộ\s+trưởng|Thứ\s+trưởng|(?:Phó\s+|Tổng\s+)?Bí\s+thư|Thường\s+trực)(?:\s+|$)/;

/**
 * The issuer after the reference, else the subject before it, else the symbol's, else the
 * type's. A signing officer is not the issuer when the symbol names one: the body the officer
 * heads is ("Chủ tịch UBND tỉnh ký Quyết định số 12/QĐ-UBND" → "UBND tỉnh"), else the symbol's.
 */
function issuerOf(around: Surroundings, before: string | undefined, fromSymbol: string | undefined, type: DocType): string | undefined {
  const signer = before && fromSymbol ? SIGNER.exec(before) : null;
  const subject = signer ? before!.slice(signer[0].length) || fromSymbol : before;
  return around.issuer ?? subject ?? fromSymbol ?? type.issuer;
}

/**
 * A number written right after the type word, without "số" or a symbol, cites a document only
 * after a capitalized type word ("Chỉ thị 05", not "kết luận 3 nội dung") or where the citation
 * ends, and when it is no year or range ("Kế hoạch 2021-2025").
 */
const CITATION_ENDS = /^(?:[ ]*[,.;)]|[ ]+của[ ])/;
function bareNumberCites(m: Match, text: string): boolean {
  const end = m.index + m[0].length;
  // In lower case only when the citation ends there: "Tại kết luận 127, …", "nghị quyết 60 của Trung ương".
  if (!/^\p{Lu}/u.test(m.groups.type!) && !CITATION_ENDS.test(text.slice(end, end + 6))) return false;
  const first = /\d+/.exec(m.groups.nums!)![0];
  return !/^(?:19|20)\d{2}$/.test(first) && !countsNoun(text, m.index + m[0].length);
}

const NOUN_WORD = /[^\s,.;:!?()"]+/g;

/** Whether the words at `at` (of the next 60 characters, at most four) open a countable noun ("2 vấn đề", "3 nội dung"): the number counts them. */
function countsNoun(text: string, at: number): boolean {
  const window = text.slice(at, at + 60);
  NOUN_WORD.lastIndex = 0;
  let phrase = '';
  for (let i = 0; i < 4; i++) {
    const word = NOUN_WORD.exec(window);
    if (!word) return false;
    phrase = i === 0 ? word[0] : `${phrase} ${word[0]}`;
    if (COUNT_NOUNS.has(phrase)) return true;
  }
  return false;
}

/**
 * The symbol is the document's own label: its code wins over a type word that names another
 * type ("báo cáo số 107/TTr-STC" is a Tờ trình). Codes of one family ("QĐ" for a Party Quy
 * định) and codes shared by several types leave the type word alone.
 */
function typeOfSymbol(symbol: SymbolInfo | undefined, type: DocType): DocType {
  const coded = symbol?.typeCode ? docTypeOfCode(symbol.typeCode) : undefined;
  if (!coded || !type.code) return type;
  const family = (code: string): string => code.toUpperCase().replace(/I$/, '');
  return family(coded.code!) === family(type.code) ? type : coded;
}

/** A reference coordinated after this one: "… và Kết luận số 137-KL/TW". */
const COORDINATED_NEXT = xre(String.raw`^\s+và\s+(?<type>${typeWord})\s+(?:số\s+)?${docNumber}(?:${symbolTail})?`);

/**
 * "Kết luận số 126-KL/TW và Kết luận số 137-KL/TW của Bộ Chính trị": the issuer after the second
 * of two references of one type is both's (of two types, "Chỉ thị 12 và Nghị quyết 12 của …",
 * only the second's).
 */
function sharedIssuer(text: string, end: number, type: DocType): string | undefined {
  const next = firstMatch(COORDINATED_NEXT, text.slice(end, end + 80));
  if (!next || docTypeOf(next.groups.type!)?.type !== type.type) return undefined;
  return surroundingsAfter(text, end + next[0].length).issuer;
}

/** A further number with its own symbol, after the first ("…, 59-NQ/TW"). */
const SYMBOL_ITEM = xre(String.raw`(?<num>${docNumber})(?<tail>${symbolTail})`, 'g');
/** "của" and a capital: the issuer after a list of numbers. */
const ISSUER_AFTER = /^\s+của\s+\p{Lu}/u;

/** One numbered reference, or one per number of a list ("Nghị quyết số 18, 19-NQ/TW"). */
function numbered(m: Match, ctx: ExtractContext): Candidate[] {
  const type = docTypeOf(m.groups.type!);
  if (!type) return [];
  const whole = m.index + m[0].length;
  // "Nghị quyết số 57-NQ/TW, 59-NQ/TW": each further number has its own symbol.
  const more = m.groups.more ?? '';
  const end = whole - more.length;
  const numsAt = m.index + m[0].indexOf(m.groups.nums!, m.groups.type!.length);
  const nums = [...m.groups.nums!.matchAll(/\d+[a-z]?/g)];
  const withSo = !!(m.groups.so ?? m.groups.so2);
  if (!m.groups.tail && !withSo && !bareNumberCites(m, ctx.text)) return [];
  // "Ban Tổ chức kết luận nhiều nội dung số …": a verb, its object in between.
  if (m.groups.so && type.verb && /^\p{Ll}/u.test(m.groups.type!)) return [];
  // "Chương trình chuyển đổi số 2025": "số" closes a qualifier ("digital") and the year is a year.
  if (!m.groups.tail && m.groups.so && /^(?:19|20)\d{2}$/.test(nums[0]![0])) return [];
  // A bare list needs "số", "và", a third number or the issuer after it ("Chỉ thị số 15, 16",
  // "Nghị quyết 57 và 68", "Nghị quyết 57, 59, 66", "Kết luận 126, 127 của Bộ Chính trị"):
  // "Chỉ thị 15, 20 năm qua" cites one directive.
  const listed = withSo || nums.length > 2 || /\svà\s/.test(m.groups.nums!) || ISSUER_AFTER.test(ctx.text.slice(end, end + 8));
  const items = nums.length > 1 && !m.groups.tail && !listed ? nums.slice(0, 1) : nums;
  const after = surroundingsAfter(ctx.text, whole);
  const around = after.issuer ? after : { ...after, issuer: sharedIssuer(ctx.text, whole, type) };
  const before = issuerBefore(ctx.text, m.index);
  const further = [...matches(SYMBOL_ITEM, more)].map((item) => {
    const symbol = parseSymbol(item.groups.num! + item.groups.tail!, usesIn(ctx));
    const start = end + item.index;
    return doc('document.numbered', start, start + item[0].length, typeOfSymbol(symbol, type), {
      typeCode: symbol?.typeCode ?? type.code,
      number: item.groups.num!,
      symbol: symbol?.symbol,
      issuer: issuerOf(around, before, centralBody(symbol, ctx.text, m.index, whole), type),
    });
  });
  return [...items.map((n, i) => {
    const last = i === items.length - 1;
    const start = i === 0 ? m.index : numsAt + n.index!;
    const stop = last && items.length === nums.length ? end : numsAt + n.index! + n[0].length;
    const symbol = m.groups.tail ? parseSymbol(n[0] + m.groups.tail, usesIn(ctx)) : undefined;
    return doc('document.numbered', start, stop, typeOfSymbol(symbol, type), {
      typeCode: symbol?.typeCode ?? type.code,
      number: n[0],
      symbol: symbol?.symbol,
      issuer: issuerOf(around, before, centralBody(symbol, ctx.text, m.index, end), type),
      date: around.date ?? (items.length === 1 ? dateBefore(ctx.text, m.index, end) : undefined),
      plenums: around.plenums,
      terms: around.terms,
    });
  }), ...further];
}

const PLENUM_ITEM = /(?:(?:[Nn]ghị\s+quyết|[Kk]ết\s+luận)\s+)?(?:Hội\s+nghị\s+)?(Trung\s+ương|T[WƯ])\s*(?:lần\s+thứ\s+)?|(\d{1,2}|[IVXL]+)(?![\p{L}\p{N}])/gu;

/**
 * Plenum resolutions, one mention per "Trung ương N" ("Nghị quyết Trung ương 6, Trung ương 7
 * khóa XII" is two), several plenums in one ("Trung ương 6, 7"), the term shared by all.
 */
function plenumList(m: Match, ctx: ExtractContext): Candidate[] {
  const type = docTypeOf(m.groups.type!)!;
  const terms = termsOf(m.groups.terms);
  const end = m.index + m[0].length;
  const around = surroundingsAfter(ctx.text, end);
  const itemsAt = m.index + m[0].indexOf(m.groups.items!, m.groups.type!.length);
  const groups: { start: number; end: number; plenums: number[] }[] = [];
  for (const t of m.groups.items!.matchAll(PLENUM_ITEM)) {
    const at = itemsAt + t.index!;
    if (t[1]) groups.push({ start: groups.length ? at : m.index, end: at, plenums: [] });
    else {
      const current = groups[groups.length - 1]!;
      current.plenums.push(ordinalToInt(t[2])!);
      current.end = at + t[0].length;
    }
  }
  return groups.map((g, i) =>
    doc('document.plenum', g.start, i === groups.length - 1 ? end : g.end, type, {
      typeCode: type.code,
      issuer: around.issuer ?? CENTRAL,
      date: around.date,
      plenums: g.plenums,
      terms,
    }),
  );
}

const congressAhead = xre(String.raw`^${listSep}(?<next>${congressPattern})`);

/** "của Đảng bộ Thành phố" names the congress's body; "của Đảng" adds nothing. */
function congressIssuer(congress: string, around: Surroundings): string {
  const written = congress.replace(/\s+/g, ' ');
  return around.ofBody && around.ofBody !== 'Đảng' ? `${written} của ${around.ofBody}` : written;
}

/**
 * A congress resolution has no number: the congress identifies it, and is the issuer. "Nghị
 * quyết Đại hội A và Đại hội B" cites two resolutions, the type word written once.
 */
function congressResolutions(m: Match, ctx: ExtractContext): Candidate[] {
  const type = docTypeOf(m.groups.type!)!;
  const out: Candidate[] = [];
  let start = m.index;
  let end = m.index + m[0].length;
  let congress = m.groups.congress!;
  for (;;) {
    const around = surroundingsAfter(ctx.text, end);
    const issuer = congressIssuer(congress, around);
    out.push(doc('document.congress', start, end, type, { typeCode: type.code, issuer, date: around.date }, issuer));
    const next = firstMatch(congressAhead, ctx.text.slice(end, end + 200));
    if (!next) return out;
    start = end + next[0].length - next.groups.next!.length;
    end += next[0].length;
    congress = next.groups.next!;
  }
}

/** A resolution of one plenum named in full: "Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII". */
function plenumResolution(m: Match, ctx: ExtractContext): Candidate {
  const type = docTypeOf(m.groups.type!)!;
  const end = m.index + m[0].length;
  const around = surroundingsAfter(ctx.text, end);
  const committee = m.groups.pbody ?? m.groups.pbody2;
  const isCentral = !!m.groups.pcentral || /Trung\s+ương/.test(committee ?? '');
  const ordinal = ordinalToInt(m.groups.pnum ?? m.groups.pnum2 ?? m.groups.pord ?? m.groups.pord2);
  return doc('document.plenum-named', m.index, end, type, {
    typeCode: type.code,
    issuer: around.issuer ?? (isCentral ? CENTRAL : committee?.replace(/\s+/g, ' ')),
    date: around.date,
    plenums: ordinal === undefined ? undefined : [ordinal],
    terms: termsOf(m.groups.terms),
  });
}

/** A law, the Constitution or a charter cited by name. */
function named(m: Match, ctx: ExtractContext): Candidate | null {
  const type = docTypeOf(m.groups.type!);
  if (!type) return null;
  const pos = m.index + m[0].length;
  const name =
    type.type === 'Hiến pháp' ? constitutionName(ctx.text, m.index, pos) : type.type === 'Điều lệ' ? charterName(ctx.text, pos) : lawName(ctx.text, m.index, pos);
  if (!name) return null;
  const symbol = name.symbolText ? parseSymbol(name.symbolText, usesIn(ctx)) : undefined;
  const around = surroundingsAfter(ctx.text, name.end);
  return doc(
    'document.named',
    m.index,
    name.end,
    type,
    { number: name.number, symbol: symbol?.symbol, issuer: around.issuer ?? type.issuer, date: around.date },
    ctx.text.slice(m.index, name.end),
  );
}

export const rules: Rule[] = [
  {
    id: 'document.numbered',
    pattern: xre(
      String.raw`${B}(?<type>${typeWord})(?:\s+${qualifier}\s+(?<so>số)|\s+(?<so2>số))?\s+(?<nums>${docNumber}(?:${listSep}${docNumber})*)(?:(?<tail>${symbolTail})(?<more>(?:${listSep}${docNumber}${symbolTail})*)|${notCounted}(?!\s?[-/]\s?\d))`,
      'g',
    ),
    extract: numbered,
  },
  {
    id: 'document.plenum',
    pattern: xre(
      String.raw`${B}(?<type>[Nn]ghị\s+quyết|[Kk]ết\s+luận)\s+(?<items>(?:Hội\s+nghị\s+)?${central}\s*(?:lần\s+thứ\s+)?(?:${plenumNumber}|${roman})${notCounted}(?:${listSep}(?:(?:[Nn]ghị\s+quyết\s+|[Kk]ết\s+luận\s+)?(?:Hội\s+nghị\s+)?${central}\s*(?:lần\s+thứ\s+)?)?(?:${plenumNumber}|${roman})${notCounted})*)(?:${termsPattern})?`,
      'g',
    ),
    extract: plenumList,
  },
  {
    id: 'document.plenum-named',
    pattern: xre(String.raw`${B}(?<type>[Nn]ghị\s+quyết|[Kk]ết\s+luận)\s+${plenumPattern}`, 'g'),
    extract: plenumResolution,
  },
  {
    id: 'document.congress',
    pattern: xre(String.raw`${B}(?<type>[Nn]ghị\s+quyết)\s+(?<congress>${congressPattern})`, 'g'),
    extract: congressResolutions,
  },
  {
    id: 'document.congress-term',
    pattern: xre(String.raw`${B}(?<type>[Nn]ghị\s+quyết)\s+(?<congress>[Đđ]ại\s+hội\s+${congressBody}nhiệm\s+kỳ\s+${year}\s?-\s?${year})(?!\p{N})`, 'g'),
    extract: (m, ctx) => {
      const type = docTypeOf(m.groups.type!)!;
      const end = m.index + m[0].length;
      const around = surroundingsAfter(ctx.text, end);
      const issuer = congressIssuer(m.groups.congress!, around);
      return doc('document.congress-term', m.index, end, type, { typeCode: type.code, issuer, date: around.date }, issuer);
    },
  },
  {
    id: 'document.named',
    pattern: xre(String.raw`${B}(?<type>${namedTypeWord})(?![\p{L}\p{M}])`, 'g'),
    extract: named,
  },
];
