/**
 * Where batch records come from: .txt files (id = file name without extension), .jsonl
 * files and JSONL on stdin ({id, text, referenceDate?}), folders walked recursively in name
 * order. Lines are read as a stream, so memory does not grow with the input. A line that
 * is not a usable record becomes an error record; the batch goes on.
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

export interface InputRecord {
  id?: string;
  text?: string;
  referenceDate?: string;
  /** Set when the record could not be read; `id` then names it as well as possible. */
  error?: string;
}

const TEXT_EXTENSIONS = new Set(['.txt', '.text']);
const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);

export async function* readInputs(paths: readonly string[], stdin: Readable): AsyncGenerator<InputRecord> {
  if (paths.length === 0) {
    yield* readJsonl(stdin, 'stdin');
    return;
  }
  for (const path of paths) {
    if (path === '-') yield* readJsonl(stdin, 'stdin');
    else yield* readPath(path);
  }
}

async function* readPath(path: string): AsyncGenerator<InputRecord> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    yield { id: path, error: `cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}` };
    return;
  }
  if (info.isDirectory()) {
    for (const file of await listFiles(path)) yield* readFileRecords(file);
  } else {
    yield* readFileRecords(path, true);
  }
}

/** Files under a folder that hold input, in a stable order. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(full)));
    else if (TEXT_EXTENSIONS.has(extname(e.name)) || JSONL_EXTENSIONS.has(extname(e.name))) out.push(full);
  }
  return out;
}

async function* readFileRecords(file: string, explicit = false): AsyncGenerator<InputRecord> {
  const ext = extname(file);
  if (JSONL_EXTENSIONS.has(ext)) {
    yield* readJsonl(createReadStream(file), file);
    return;
  }
  const id = basename(file, ext);
  if (!explicit && !TEXT_EXTENSIONS.has(ext)) return;
  try {
    yield { id, text: stripBom(await readFile(file, 'utf8')) };
  } catch (err) {
    yield { id, error: `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}` };
  }
}

async function* readJsonl(stream: Readable, source: string): AsyncGenerator<InputRecord> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const raw of lines) {
    lineNo++;
    const line = (lineNo === 1 ? stripBom(raw) : raw).trim();
    if (line === '') continue;
    yield parseRecord(line, `${source}:${lineNo}`);
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
  if (rec.referenceDate !== undefined && typeof rec.referenceDate !== 'string') {
    return { id, error: `record ${id} has a non-string "referenceDate"` };
  }
  return { id, text: rec.text, ...(rec.referenceDate ? { referenceDate: rec.referenceDate } : {}) };
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}
