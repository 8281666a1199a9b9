/**
 * `--shard I/N`: a record belongs to shard I when the 32-bit FNV-1a hash of its id's UTF-8
 * bytes, mod N, is I. The hash is stable across runs, machines and versions, so N
 * independent runs over the same input partition it: every record in exactly one shard.
 */

export interface Shard {
  index: number;
  count: number;
}

export function parseShard(spec: string): Shard | null {
  const m = /^(\d+)\/(\d+)$/.exec(spec.trim());
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index >= count) return null;
  return { index, count };
}

export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  const bytes = Buffer.from(s, 'utf8');
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i]!;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function inShard(id: string, shard: Shard): boolean {
  return fnv1a(id) % shard.count === shard.index;
}
