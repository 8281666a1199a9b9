/**
 * Links the mentions of one document (SPEC §2 "document", issue 3 "Linking"): every document
 * mention gets a `documentId`, shared by all mentions of the same document, and a short
 * reference ("Kế hoạch số 155", "Quy định 08") takes the issuer, symbol, date and type code
 * the fuller mentions established. Two mentions are the same document when they agree on
 * type and number (and on the symbol when both write one), on type, plenums and terms, or on
 * type and name.
 */
import type { Candidate, Refiner } from '../extractors/types.js';
import type { DocumentMention } from '../schema/index.js';
import { fold } from './fold.js';
import { byPosition } from './sort.js';

type DocCandidate = Candidate & Omit<DocumentMention, 'text'>;

const INHERITED = ['issuer', 'symbol', 'date', 'typeCode'] as const;

/** Issuers, symbols and names compared in one form: NFC, whatever wrote them. */
const foldNFC = (s: string): string => fold(s.normalize('NFC'));

interface Entity {
  id: string;
  members: DocCandidate[];
  /** The first symbol, issuer and terms its members give (kept as they join: a long record cites one document thousands of times). */
  symbol?: string;
  issuer?: string;
  terms?: string[];
}

function join(e: Entity, m: DocCandidate): void {
  e.members.push(m);
  e.symbol ??= m.symbol;
  e.issuer ??= m.issuer;
  e.terms ??= m.terms;
}

/** Whether `m` cites the document `e` stands for. */
function sameDocument(e: Entity, m: DocCandidate): boolean {
  const first = e.members[0]!;
  if (first.docType !== m.docType) return false;
  if (m.number !== undefined || first.number !== undefined) {
    if (first.number === undefined || m.number === undefined) return false;
    if (first.number.replace(/^0+(?=\d)/, '') !== m.number.replace(/^0+(?=\d)/, '')) return false;
    if (e.symbol && m.symbol) return foldNFC(e.symbol) === foldNFC(m.symbol);
    return issuersAgree(e, m);
  }
  if (m.plenums || first.plenums) return plenumKey(first) === plenumKey(m) && termsAgree(e, m);
  return nameKey(first) !== '' && nameKey(first) === nameKey(m);
}

/**
 * Without symbols to compare, two bodies that are not one written more fully ("Nghị quyết số
 * 09 của Tỉnh ủy", "Nghị quyết số 09 của HĐND tỉnh") issued two documents.
 */
function issuersAgree(e: Entity, m: DocCandidate): boolean {
  if (!e.issuer || !m.issuer) return true;
  const [a, b] = [foldNFC(e.issuer), foldNFC(m.issuer)];
  return a.includes(b) || b.includes(a);
}

const plenumKey = (m: DocCandidate): string => (m.plenums ?? []).join(',');

/** A plenum resolution without its term is the one cited last with a term; different terms are different resolutions. */
function termsAgree(e: Entity, m: DocCandidate): boolean {
  return !e.terms || !m.terms || e.terms.join(',') === m.terms.join(',');
}

/** The name a named document is cited by, without "năm 2013" or "(sửa đổi)". */
function nameKey(m: DocCandidate): string {
  const name = foldNFC(String(m.meta?.name ?? ''));
  const unamended = name.endsWith(' (sửa đổi)') ? name.slice(0, -' (sửa đổi)'.length) : name;
  return unamended.replace(/ năm \d{4}$/, '');
}

/**
 * One document has one issuer. The first one named stands, unless a later mention writes it
 * more fully ("Thủ tướng" then "Thủ tướng Chính phủ"); a different body is a mention's own
 * reading and yields to the first.
 */
function sharedIssuer(members: readonly DocCandidate[]): string | undefined {
  let issuer: string | undefined;
  for (const m of members) if (m.issuer && (!issuer || foldNFC(m.issuer).includes(foldNFC(issuer)))) issuer = m.issuer;
  return issuer;
}

/**
 * What two mentions of one document share, by the branch of `sameDocument` they take: type,
 * and number, plenums or name. Only entities with the mention's key are compared with it, so a
 * record citing thousands of documents is not compared pairwise.
 */
function linkKey(m: DocCandidate): string {
  const kind = m.number !== undefined ? `#${m.number.replace(/^0+(?=\d)/, '')}` : m.plenums ? `p${plenumKey(m)}` : `n${nameKey(m)}`;
  return `${m.docType}\u0000${kind}`;
}

function link(mentions: readonly Candidate[]): Candidate[] {
  const docs = mentions.filter((m): m is DocCandidate => m.type === 'document').sort(byPosition);
  const entities: Entity[] = [];
  const byKey = new Map<string, Entity[]>();
  for (const m of docs) {
    const key = linkKey(m);
    let candidates = byKey.get(key);
    if (!candidates) byKey.set(key, (candidates = []));
    let entity: Entity | undefined;
    for (let i = candidates.length - 1; i >= 0 && !entity; i--) if (sameDocument(candidates[i]!, m)) entity = candidates[i];
    if (entity) join(entity, m);
    else {
      const e: Entity = { id: `d${entities.length + 1}`, members: [] };
      join(e, m);
      entities.push(e);
      candidates.push(e);
    }
  }
  const linked = new Map<Candidate, Candidate>();
  for (const e of entities) {
    const known: Partial<Record<(typeof INHERITED)[number], string>> = {};
    for (const field of INHERITED) known[field] = e.members.find((x) => x[field] !== undefined)?.[field];
    const issuer = sharedIssuer(e.members);
    // The symbol's type code ("439-QĐNS/TW" → QĐNS) is more specific than the type's own.
    const symbolCode = e.members.find((x) => x.symbol)?.typeCode;
    for (const m of e.members) {
      const copy: DocCandidate = { ...m, documentId: e.id };
      for (const field of INHERITED) if (m[field] === undefined && known[field] !== undefined) copy[field] = known[field];
      if (symbolCode) copy.typeCode = symbolCode;
      if (issuer) copy.issuer = issuer;
      linked.set(m, copy);
    }
  }
  return mentions.map((m) => linked.get(m) ?? m);
}

export const linkDocumentsRefiner: Refiner = {
  id: 'link-documents',
  refine: (draft) => ({ ...draft, mentions: link(draft.mentions) }),
};
