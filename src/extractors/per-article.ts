/**
 * A function of the article's text, each answer computed once per article: rules that ask
 * the same question again and again (the name at a position, how often a body is named) keep
 * the answers for the ExtractContext being read, and they go with it.
 */
import type { ExtractContext } from './types.js';

export function perArticle<K, V>(compute: (text: string, key: K) => V): (ctx: ExtractContext) => (key: K) => V {
  const byContext = new WeakMap<ExtractContext, (key: K) => V>();
  return (ctx) => {
    let lookup = byContext.get(ctx);
    if (!lookup) {
      const known = new Map<K, V>();
      lookup = (key) => {
        const value = known.get(key);
        if (value !== undefined || known.has(key)) return value as V;
        const computed = compute(ctx.text, key);
        known.set(key, computed);
        return computed;
      };
      byContext.set(ctx, lookup);
    }
    return lookup;
  };
}
