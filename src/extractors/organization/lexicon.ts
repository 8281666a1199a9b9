/**
 * The organization lexicon's lookup tables as Maps, shared by the organization rules and the
 * abbreviation refiner.
 */
import orgs from '../../lexicon/organizations.json' with { type: 'json' };

/**
 * A lexicon record as a Map: asked with words cut from the text, a plain object's keyed lookup
 * costs twice a Map's, and would answer for Object.prototype's members ("constructor") too.
 */
function asMap(record: Record<string, string>): ReadonlyMap<string, string> {
  return new Map(Object.entries(record));
}

/** The usual abbreviations spelled out: "UBND" → "Ủy ban nhân dân". */
export const ABBREVIATIONS = asMap(orgs.organizationAbbreviations);
export const SHORT_FORMS = asMap(orgs.shortForms);
export const PORTFOLIO_ABBREVIATIONS = asMap(orgs.portfolioAbbreviations);
