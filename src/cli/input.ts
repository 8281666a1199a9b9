/**
 * Where batch records come from: .txt files (id = file name without extension), .html/.htm
 * files (HTML, id = file name), .jsonl/.ndjson files, the same gzip-compressed (.gz), and
 * JSONL on stdin (`-`, or no paths) with records {id, text, referenceDate?}; folders are
 * walked recursively in name order. JSONL is read as a byte stream split into lines, so
 * memory does not grow with the input. A line that is not a usable record becomes an error
 * record; the batch goes on.
 */
import { createReadStream, type ReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream';
import type { Readable } from 'node:stream';
import { createGunzip, gunzip } from 'node:zlib';
import { promisify } from 'node:util';
import { decodeUtf8, isBlankBytes, splitRawLines } from './lines.js';

export interface InputRecord {
  id?: string;
  text?: string;
  referenceDate?: string;
  /** Set when the record could not be read; `id` then names it as well as possible. */
  error?: string;
}

/**
 * One unit of work. JSONL lines travel as their UTF-8 bytes, undecoded and unparsed (a worker
 * decodes and parses them: the main thread then holds no strings of the input), unless the
 * main thread needed the id (shards, resume); `where` ("file:line") is the id of a record
 * that has none. `html`: the record's text is HTML.
 */
export type Item =
  | { kind: 'line'; line: Uint8Array | string; where: string; html: boolean; bytes: number }
  | { kind: 'record'; record: InputRecord; html: boolean; bytes: number };

type Format = 'text' | 'html' | 'jsonl';
type Source =
  | { type: 'stdin' }
  | { type: 'file'; path: string; size: number; format: Format; gzip: boolean; explicit: boolean }
  | { type: 'error'; id: string; error: string };

export interface InputOptions {
  /** JSONL records' text is HTML. */
  html?: boolean;
  /** Longest JSONL line kept, in bytes; longer lines become error records. */
  maxLineBytes?: number;
}

export interface Inputs {
  items: AsyncGenerator<Item>;
  /** Total bytes of the input files when known (no stdin), compressed size for .gz. */
  totalBytes: number | null;
  /** Some input file is gzipped (sizes are then compressed sizes). */
  compressed: boolean;
  /** Bytes of the input files read so far (compressed for .gz), comparable to totalBytes. */
  position(): number;
}

const gunzipAsync = promisify(gunzip);

function formatOf(name: string): { format: Format | null; gzip: boolean } {
  const lower = name.toLowerCase();
  const gzip = lower.endsWith('.gz');
  const base = gzip ? lower.slice(0, -3) : lower;
  const ext = base.slice(base.lastIndexOf('.'));
  if (ext === '.jsonl' || ext === '.ndjson') return { format: 'jsonl', gzip };
  if (ext === '.html' || ext === '.htm') return { format: 'html', gzip };
  if (ext === '.txt' || ext === '.text') return { format: 'text', gzip };
  return { format: null, gzip };
}

/** The id of a .txt/.html file: its name without the extension(s). */
function fileId(path: string): string {
  let name = basename(path);
  if (name.toLowerCase().endsWith('.gz')) name = name.slice(0, -3);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

async function resolveSources(paths: readonly string[]): Promise<Source[]> {
  if (paths.length === 0) return [{ type: 'stdin' }];
  const out: Source[] = [];
  for (const path of paths) {
    if (path === '-') {
      out.push({ type: 'stdin' });
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      out.push({ type: 'error', id: path, error: `cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}` });
      continue;
    }
    if (info.isDirectory()) {
      try {
        await listFiles(path, out);
      } catch (err) {
        out.push({ type: 'error', id: path, error: `cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}` });
      }
    } else {
      const { format, gzip } = formatOf(path);
      out.push({ type: 'file', path, size: info.size, format: format ?? 'text', gzip, explicit: true });
    }
  }
  return out;
}

/** Files under a folder that hold input, in a stable (name) order. */
async function listFiles(dir: string, out: Source[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) await listFiles(full, out);
    else if (e.isFile()) {
      const { format, gzip } = formatOf(e.name);
      if (format) out.push({ type: 'file', path: full, size: (await stat(full)).size, format, gzip, explicit: false });
    }
  }
}

export async function openInputs(paths: readonly string[], stdin: Readable, options: InputOptions = {}): Promise<Inputs> {
  const sources = await resolveSources(paths);
  const known = sources.every((s) => s.type !== 'stdin');
  const totalBytes = known ? sources.reduce((n, s) => n + (s.type === 'file' ? s.size : 0), 0) : null;
  let done = 0;
  let current: ReadStream | null = null;
  const html = options.html ?? false;
  const maxLineBytes = options.maxLineBytes ?? Infinity;

  async function* items(): AsyncGenerator<Item> {
    for (const source of sources) {
      if (source.type === 'error') {
        yield { kind: 'record', record: { id: source.id, error: source.error }, html: false, bytes: 0 };
      } else if (source.type === 'stdin') {
        yield* readJsonl(stdin, 'stdin', html, maxLineBytes);
      } else if (source.format === 'jsonl') {
        const raw = createReadStream(source.path, { highWaterMark: 256 * 1024 });
        current = raw;
        const stream: Readable = source.gzip ? pipeline(raw, createGunzip(), () => {}) : raw;
        try {
          yield* readJsonl(stream, source.path, html, maxLineBytes);
        } catch (err) {
          yield { kind: 'record', record: { id: source.path, error: `cannot read ${source.path}: ${describe(err)}` }, html: false, bytes: 0 };
        } finally {
          raw.destroy();
          current = null;
          done += source.size;
        }
      } else {
        const id = fileId(source.path);
        let record: InputRecord;
        try {
          const bytes = await readFile(source.path);
          const text = (source.gzip ? await gunzipAsync(bytes) : bytes).toString('utf8');
          record = { id, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
        } catch (err) {
          record = { id, error: `cannot read ${source.path}: ${describe(err)}` };
        }
        done += source.size;
        yield { kind: 'record', record, html: source.format === 'html', bytes: source.size };
      }
    }
  }

  const compressed = sources.some((s) => s.type === 'file' && s.gzip);
  return { items: items(), totalBytes, compressed, position: () => done + (current ? current.bytesRead : 0) };
}

function describe(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  return e.code && !e.message?.includes(e.code) ? `${e.code}: ${e.message}` : (e.message ?? String(err));
}

async function* readJsonl(stream: Readable, source: string, html: boolean, maxLineBytes: number): AsyncGenerator<Item> {
  for await (const { raw, lineNo, bytes } of splitRawLines(stream as AsyncIterable<Buffer>, maxLineBytes)) {
    const where = `${source}:${lineNo}`;
    if (raw === null) {
      yield { kind: 'record', record: { id: where, error: `line ${where} is ${bytes - 1} bytes long, over the limit of ${maxLineBytes} (--max-line-bytes)` }, html, bytes };
      continue;
    }
    if (isBlankBytes(raw)) continue;
    // A copy of its own: the view shares the read chunk, which a worker message would copy whole.
    yield { kind: 'line', line: new Uint8Array(raw), where, html, bytes };
  }
}

export function parseRecord(line: string, where: string): InputRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { id: where, error: `invalid JSON at ${where}: ${(err as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { id: where, error: `record at ${where} is not a JSON object` };
  }
  const rec = value as Record<string, unknown>;
  const id = rec.id === undefined || rec.id === null ? where : String(rec.id);
  if (typeof rec.text !== 'string') {
    return { id, error: `record ${id} has ${rec.text === undefined ? 'no' : 'a non-string'} "text" field` };
  }
  if (rec.referenceDate !== undefined && rec.referenceDate !== null && typeof rec.referenceDate !== 'string') {
    return { id, error: `record ${id} has a non-string "referenceDate"` };
  }
  return { id, text: rec.text, ...(rec.referenceDate ? { referenceDate: rec.referenceDate as string } : {}) };
}

/** The record an item stands for (decodes and parses a JSONL line). */
export function toRecord(item: Item): InputRecord {
  if (item.kind === 'record') return item.record;
  return parseRecord(typeof item.line === 'string' ? item.line : decodeUtf8(item.line), item.where);
}
