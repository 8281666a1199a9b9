/** person examples and negatives (the tests are the docs). */
import type { RuleCorpus } from '../types.js';

export const corpus: RuleCorpus = {
  type: 'person',
  referenceDate: '2019-07-30',
  examples: [],
  negatives: [],
};
