/** Every extractor, one folder per record type. A new type registers here. */
import { boundaryWords } from '../patterns/compose.js';
import type { Extractor, Rule } from './types.js';
import { rules as countRules } from './count/rules.js';
import { rules as dateRules } from './date/rules.js';
import { rules as documentRules } from './document/rules.js';
import { rules as eventRules } from './event/rules.js';
import { rules as locationRules } from './location/rules.js';
import { rules as organizationRules } from './organization/rules.js';
import { rules as personRules } from './person/rules.js';

/** A rule without a trigger that opens with the boundary and a keyword is run at that keyword's words (patterns/scan.ts). */
function triggered(rules: readonly Rule[]): Rule[] {
  return rules.map((rule) => {
    const trigger = rule.trigger ?? boundaryWords(rule.pattern);
    return trigger === rule.trigger ? rule : { ...rule, trigger };
  });
}

export const extractors: readonly Extractor[] = [
  { type: 'person', rules: triggered(personRules) },
  { type: 'organization', rules: triggered(organizationRules) },
  { type: 'location', rules: triggered(locationRules) },
  { type: 'document', rules: triggered(documentRules) },
  { type: 'event', rules: triggered(eventRules) },
  { type: 'count', rules: triggered(countRules) },
  { type: 'date', rules: triggered(dateRules) },
];
