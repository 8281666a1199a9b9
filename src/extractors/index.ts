/** Every extractor, one folder per record type. A new type registers here. */
import type { Extractor } from './types.js';
import { rules as countRules } from './count/rules.js';
import { rules as dateRules } from './date/rules.js';
import { rules as documentRules } from './document/rules.js';
import { rules as eventRules } from './event/rules.js';
import { rules as locationRules } from './location/rules.js';
import { rules as organizationRules } from './organization/rules.js';
import { rules as personRules } from './person/rules.js';

export const extractors: readonly Extractor[] = [
  { type: 'person', rules: personRules },
  { type: 'organization', rules: organizationRules },
  { type: 'location', rules: locationRules },
  { type: 'document', rules: documentRules },
  { type: 'event', rules: eventRules },
  { type: 'count', rules: countRules },
  { type: 'date', rules: dateRules },
];
