/**
 * Names, offices and bodies compared regardless of case and spacing: lower case, each run of
 * whitespace one space, none at the ends. The refiners fold the same few hundred strings
 * thousands of times per article (every person against every office), so each article keeps
 * its answers; `toLowerCase` on Vietnamese text is the dear part.
 */
import { perArticle } from '../extractors/per-article.js';
import type { ExtractContext } from '../extractors/types.js';

/** Whitespace other than single spaces between words: most strings have none to fix. */
const ODD_SPACE = /[^\S ]| {2}|^ | $/;

export function fold(s: string): string {
  const lower = s.toLowerCase();
  return ODD_SPACE.test(lower) ? lower.replace(/\s+/g, ' ').trim() : lower;
}

export type Fold = (s: string) => string;

/** The fold of the article being read. */
export const foldIn: (ctx: ExtractContext) => Fold = perArticle((_text, s: string) => fold(s));
