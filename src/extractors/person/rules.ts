/** person rules (to be written: see the issue for this record type). */
import type { Rule } from '../types.js';

export const rules: Rule[] = [];
