/**
 * The grammar of document symbols (số, ký hiệu). Party documents write NUMBER-CODE/ISSUER
 * ("155-KH/TU", "08-QĐi/TW", "24-BS/UBKTTU"); State documents NUMBER/YEAR/CODE-ISSUER
 * ("30/2020/NĐ-CP"), NUMBER/CODE-ISSUER ("15/QĐ-BNV", "1096/NQ-UBTVQH13"), NUMBER/YEAR/QHnn
 * for laws ("100/2015/QH13") or NUMBER/ISSUER-UNIT for letters ("1123/BCA-V03"). Articles
 * add stray spaces around the separators ("05 - CT/TW"); the symbol is reported without them.
 */
import { year } from '../../patterns/dates.js';
import { TYPE_CODES, issuerOfCode, type UsesIn } from './lexicon.js';

/** A document number: digits, maybe one letter ("30a"). */
export const docNumber = String.raw`\d{1,5}(?:[a-z](?![\p{L}\p{M}]))?(?![\p{N}])`;
const part = String.raw`\p{L}[\p{L}\p{N}]{0,11}`;
/** What follows the number in a Party symbol: "-KH/TU". */
const partyTail = String.raw`\s?-\s?\p{L}{1,6}\s?/\s?\p{Lu}[\p{L}\p{N}]{0,11}`;
/** What follows the number in a State symbol: "/2020/NĐ-CP", "/QĐ-BNV", "/2015/QH13", "/TTLT-BNV-BTC". */
const stateTail = String.raw`\s?/\s?(?:${year}\s?/\s?)?${part}(?:\s?-\s?${part}){0,3}`;
export const symbolTail = String.raw`(?:${partyTail}|${stateTail})(?![\p{L}\p{N}\p{M}])`;

export interface SymbolInfo {
  symbol: string;
  typeCode?: string;
  issuer?: string;
}

/** Type code and issuer read from a symbol; how often the article names each body settles "TU". */
export function parseSymbol(written: string, uses: UsesIn): SymbolInfo {
  const symbol = written.replace(/\s+/g, '');
  const party = /^[^-/]+-([^/]+)\/(.+)$/u.exec(symbol);
  if (party) return withIssuer({ symbol, typeCode: party[1] }, party[2]!, uses);
  const parts = symbol.split('/').slice(1).filter((p) => !/^\d{4}$/.test(p));
  const [first, second] = (parts[0] ?? '').split('-');
  if (first && second && TYPE_CODES.has(first.toUpperCase())) return withIssuer({ symbol, typeCode: first }, second, uses);
  return first ? withIssuer({ symbol }, first, uses) : { symbol };
}

function withIssuer(info: SymbolInfo, code: string, uses: UsesIn): SymbolInfo {
  const issuer = issuerOfCode(code, uses);
  return issuer ? { ...info, issuer } : info;
}
