/**
 * Organization rules. One rule per kind of body (Party boards, State bodies, mass
 * organizations, outlets, institutions …), all built from src/patterns/organizations.ts;
 * where kinds overlap the overlap refiner keeps the longest span ("Ban Tuyên giáo Thành ủy",
 * not "Thành ủy"). A "khóa N" right after a body stays in the span but not in `name`.
 */
import { B, E, build, firstWords, matches, type Match } from '../../patterns/compose.js';
import { continuesName, organizationKinds, portfolio, termSuffix, unitAfterTitle } from '../../patterns/organizations.js';
import places from '../../lexicon/places.json' with { type: 'json' };
import provinces from '../../lexicon/provinces.json' with { type: 'json' };
import regions from '../../lexicon/regions.json' with { type: 'json' };
import { isSpace } from '../../patterns/latin.js';
import { perArticle } from '../per-article.js';
import { ABBREVIATIONS, PORTFOLIO_ABBREVIATIONS, SHORT_FORMS } from './lexicon.js';
import type { Candidate, ExtractContext, Rule } from '../types.js';
import { upperFirst } from '../../text/case.js';

/**
 * A plural or distributive word before a body makes it generic: "các Đảng ủy", "từng Ban
 * Thường vụ", and so does a list it opens: "các Ban Đảng, Ban cán sự Đảng; Đảng đoàn, Đảng ủy".
 */
const GENERIC_BEFORE = /(?<![\p{L}\p{M}])(?:các|những|mỗi|từng|nhiều)\s+(?:(?!Ủy viên)\p{Lu}[^,;.:!?\n]{0,30}[,;]\s+){0,5}$/u;
const DETERMINER_END = /(?<![\p{L}\p{M}])(?:các|những|mỗi|từng|nhiều)$/u;

/** How far back the words before a body are read. */
const PREFIX = 200;

/**
 * GENERIC_BEFORE on the PREFIX characters before `start`, tried only where it can match: after
 * spaces that follow a determiner or a list's comma (most bodies are preceded by neither, and
 * the `$`-anchored test is dear).
 */
function genericBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - PREFIX);
  let end = start;
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  if (end === start || end === from) return false;
  const last = text.charCodeAt(end - 1);
  if (last !== 0x2c && last !== 0x3b && !DETERMINER_END.test(text.slice(Math.max(from, end - 6), end))) return false;
  return GENERIC_BEFORE.test(text.slice(from, start));
}
/** Place names that begin with an institution's head word ("Hội An", "Trường Sa"): places, not bodies. */
const PLACE_NAMES = new Set(
  [...provinces.provinces.flatMap((p) => [p.name, ...(p.aliases ?? [])]), ...places.cities, ...places.historicalProvinces, ...regions.regions].map((n) => n.toLowerCase()),
);
/** "trái phiếu Chính phủ", "nợ Chính phủ": the State as issuer or debtor, not the body acting. */
const FINANCIAL_BEFORE = /(?:trái phiếu|công trái|nợ|bảo lãnh|ngân sách)\s+$/u;

/** `name` is the body as written, capitalized, without its term and with one space between words. */
function nameOf(body: string): string {
  return upperFirst(body.replace(/\s+/g, ' '));
}

/** "TP.Hà Nội" is "TP Hà Nội" with the space left out ("TP.HCM" is one abbreviation). */
const DOTTED_LEVEL = /(?<=^|\s)TP\.(?=\p{Lu}\p{Ll})/u;

/** Spells out abbreviations word by word: "HĐND TP" → "Hội đồng nhân dân Thành phố". */
function canonicalOf(name: string): string | undefined {
  const short = SHORT_FORMS.get(name);
  if (short) return short;
  const words = (name.includes('TP.') ? name.replace(DOTTED_LEVEL, 'TP ') : name).split(' ');
  let changed = false;
  for (let i = 0; i < words.length; i++) {
    const full = ABBREVIATIONS.get(words[i]!) ?? PORTFOLIO_ABBREVIATIONS.get(words[i]!);
    if (full === undefined) continue;
    words[i] = full;
    changed = true;
  }
  return changed ? words.join(' ') : undefined;
}

function before(ctx: ExtractContext, start: number, length = 40): string {
  return ctx.text.slice(Math.max(0, start - length), start);
}

/** A name never runs across a line break: the next line starts a new sentence or heading (and the comma or dash before it is no part of the name). */
function withinLine(body: string): string {
  const newline = body.indexOf('\n');
  if (newline < 0) return body;
  let end = newline;
  while (end > 0 && TRAILING.has(body[end - 1]!)) end--;
  return body.slice(0, end);
}

const TRAILING = new Set([' ', '\t', ',', ';', ':', '-']);

interface Names {
  name: string;
  canonical?: string;
}

/** A body's names, worked out once per article: an article names its bodies again and again. */
const namesIn: (ctx: ExtractContext) => (body: string) => Names = perArticle((_text, body: string) => {
  const name = nameOf(body);
  const canonical = canonicalOf(name);
  return canonical ? { name, canonical } : { name };
});

function organization(ctx: ExtractContext, start: number, end: number, written: string, rule: string): Candidate {
  const body = withinLine(written);
  if (body !== written) end = start + body.length;
  return { type: 'organization', start, end, ...namesIn(ctx)(body), rule };
}

/**
 * A body's name starts with a capital or with "ban", "trung ương", "đoàn", "ủy ban", "hội đồng".
 * Tested first, this keeps the Party, State and mass organizations' patterns from retrying
 * their optional place chains at every position (recheck finds them polynomial without it).
 * The other kinds start with a few literals and run faster without it.
 */
const NAME_START = String.raw`(?=\p{Lu}|[btđủh])`;
const GATED: ReadonlySet<string> = new Set(['partyBoard', 'stateBody', 'massOrganization']);

/** A rule for one kind of body, with an optional term after it. */
function kindRule(kind: keyof typeof organizationKinds): Rule {
  const id = `organization.${kind}`;
  return {
    id,
    // The boundary first: the rule's trigger is then read off the pattern (extractors/index.ts).
    pattern: build(String.raw`{{B}}{{start}}(?<body>{{org}}){{E}}(?<term>{{term}})?`, { start: GATED.has(kind) ? NAME_START : '', B, E, org: organizationKinds[kind], term: termSuffix }, 'g'),
    extract: (m: Match, ctx) => {
      const body = m.groups.body!;
      // Bare "Trung ương" is the Central Committee only in some contexts (organization.central-committee).
      if (/^(?:[Tt]rung\s+ương|T\.?[WƯ])$/u.test(body)) return null;
      if (genericBefore(ctx.text, m.index)) return null;
      if (/^Chính\s+phủ$/u.test(body) && FINANCIAL_BEFORE.test(before(ctx, m.index, PREFIX))) return null;
      if (kind === 'institutionName' && (continuesName(before(ctx, m.index, PREFIX)) || PLACE_NAMES.has(body.replace(/\s+/g, ' ').toLowerCase()))) return null;
      return organization(ctx, m.index, m.index + m[0].length, body, id);
    },
  };
}

/** Words after which "Trung ương" names the Central Committee: it is addressed, reported to, or has members. */
const CENTRAL_COMMITTEE_BEFORE = /(?:^|[.!?:;,"(]|(?<![\p{L}\p{M}])(?:của|với|trình|đề nghị|viên|và|xin|gửi|lên|thay mặt|báo cáo))$/u;
/** "trực thuộc Trung ương" is the Central Committee for Party units, the central government for localities. */
const PARTY_UNIT_UNDER = /(?:Đảng ủy|Đảng bộ|Đảng đoàn|[Tt]ổ chức đảng)[^.;]{0,30}trực thuộc\s+$/u;
/** "từ Trung ương đến địa phương", "Trung ương và cơ sở": the central level, not a body. */
const LEVEL_AFTER = /^\s+(?:đến|tới|và|xuống|với)\s+(?:các\s+)?(?:địa phương|cơ sở|tỉnh)/u;

const centralCommittee: Rule = {
  id: 'organization.central-committee',
  // "Trung ương 4", "Trung ương 6, 7" name plenums (documents and events), not the body.
  pattern: build(String.raw`{{B}}Trung\s+ương{{E}}(?!\s*\(?\d)(?<term>{{term}})?`, { B, E, term: termSuffix }, 'g'),
  extract: (m, ctx) => {
    const prefix = before(ctx, m.index, 60);
    const end = m.index + m[0].length;
    if (!CENTRAL_COMMITTEE_BEFORE.test(prefix.trimEnd()) && !PARTY_UNIT_UNDER.test(prefix)) return null;
    if (LEVEL_AFTER.test(ctx.text.slice(end, end + 30))) return null;
    return organization(ctx, m.index, end, 'Trung ương', 'organization.central-committee');
  },
};

/** "Bộ trưởng Công an": the span is the portfolio, the name the ministry ("Bộ Công an"). */
const ministerPortfolio: Rule = {
  id: 'organization.minister-portfolio',
  pattern: build(String.raw`{{B}}(?:[Bb]ộ|[Tt]hứ)\s+trưởng\s+(?<portfolio>{{portfolio}}){{E}}`, { B, E, portfolio }, 'g'),
  extract: (m, ctx) => {
    const text = m.groups.portfolio!;
    const start = m.index + m[0].length - text.length;
    return organization(ctx, start, start + text.length, `Bộ ${text}`, 'organization.minister-portfolio');
  },
};

/** "Phó trưởng phòng quản lý giáo dục": the span is the unit, written in lower case after the title. */
const unitAfterTitleRule: Rule = {
  id: 'organization.unit-after-title',
  pattern: build(String.raw`{{unit}}{{E}}`, { unit: unitAfterTitle, E }, 'g'),
  trigger: firstWords(['phòng']),
  extract: (m, ctx) => organization(ctx, m.index, m.index + m[0].length, m[0], 'organization.unit-after-title'),
};

/** One portfolio after a comma or "và" in a list that shares "Bộ" or "Sở". */
const LIST_ITEM = build(String.raw`(?:,\s+(?:và\s+)?|(?<!\s)\s+và\s+)(?<portfolio>{{portfolio}}){{E}}`, { E, portfolio }, 'g');

/**
 * "(các) Bộ Ngoại giao, Quốc phòng, Công an": a list that shares its head names each ministry,
 * so each is an organization. As with "Bộ trưởng Công an", a later item's span is the
 * portfolio and its name the ministry ("Bộ Quốc phòng"). The list names the ministries, so
 * "các" does not make it generic.
 */
const sharedHeadList: Rule = {
  id: 'organization.shared-head-list',
  pattern: build(String.raw`{{B}}(?<head>Bộ|Sở)\s+(?<first>{{portfolio}}){{E}}(?<rest>(?:,\s+{{portfolio}}{{E}}){1,8}(?:,?\s+và\s+{{portfolio}}{{E}})?)`, { B, E, portfolio }, 'g'),
  extract: (m, ctx) => {
    const head = m.groups.head!;
    const restStart = m.index + m[0].length - m.groups.rest!.length;
    const found = [organization(ctx, m.index, restStart, `${head} ${m.groups.first!}`, 'organization.shared-head-list')];
    for (const item of matches(LIST_ITEM, m.groups.rest!)) {
      const text = item.groups.portfolio!;
      const start = restStart + item.index + item[0].length - text.length;
      found.push(organization(ctx, start, start + text.length, `${head} ${text}`, 'organization.shared-head-list'));
    }
    return found;
  },
};

export const rules: Rule[] = [
  ...(Object.keys(organizationKinds) as (keyof typeof organizationKinds)[]).map(kindRule),
  centralCommittee,
  ministerPortfolio,
  sharedHeadList,
  unitAfterTitleRule,
];
