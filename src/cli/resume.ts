/**
 * `--output FILE --resume`: the ids of the records FILE already holds complete (a whole
 * line, ending in "\n"), and the length FILE is cut to — a trailing partial line, left by a
 * kill in the middle of a write, is dropped, so that the run appends the rest and ends with
 * every record exactly once.
 */
import { createReadStream } from 'node:fs';
import { open, stat, truncate } from 'node:fs/promises';
import { splitLines } from './lines.js';

export interface ResumeState {
  /** Ids already complete in the file. */
  done: Set<string>;
  /** Bytes of the file that are whole lines (the file is truncated to this). */
  validBytes: number;
  /** Bytes of a trailing partial line that were dropped. */
  droppedBytes: number;
}

const ID_PREFIX = /^\{"id":("(?:[^"\\]|\\.)*")/;

/** The id of one output line, or undefined when the line has none or is not JSON. */
export function lineId(line: string): string | undefined {
  const m = ID_PREFIX.exec(line);
  try {
    if (m) return JSON.parse(m[1]!) as string;
    const value = JSON.parse(line) as { id?: unknown };
    return typeof value?.id === 'string' ? value.id : undefined;
  } catch {
    return undefined;
  }
}

export async function prepareResume(file: string): Promise<ResumeState> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { done: new Set(), validBytes: 0, droppedBytes: 0 };
    throw err;
  }
  const done = new Set<string>();
  if (size === 0) return { done, validBytes: 0, droppedBytes: 0 };
  const fh = await open(file, 'r');
  const last = Buffer.alloc(1);
  try {
    await fh.read(last, 0, 1, size - 1);
  } finally {
    await fh.close();
  }
  const endsWhole = last[0] === 0x0a;
  let offset = 0;
  for await (const { text, bytes } of splitLines(createReadStream(file, { highWaterMark: 256 * 1024 }))) {
    if (offset + bytes >= size && !endsWhole) break; // the partial last line
    offset += bytes;
    if (text === null) continue;
    const id = lineId(text);
    if (id !== undefined) done.add(id);
  }
  if (offset < size) await truncate(file, offset);
  return { done, validBytes: offset, droppedBytes: size - offset };
}
