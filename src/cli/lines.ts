/**
 * Lines from a byte stream, one line at a time: memory holds one chunk and one line, whatever
 * the size of the input. "\r\n" ends a line like "\n", a BOM at the start is dropped, and a
 * line longer than `maxBytes` is skipped and reported instead of being held in memory.
 * `splitRawLines` gives each line's bytes (the CLI's main thread hands them to the workers
 * undecoded); `splitLines` decodes them as UTF-8, invalid bytes becoming U+FFFD (never a crash).
 */

export interface RawLine {
  /** The line's bytes without its end, or null when it was over `maxBytes`. A view: copy it to keep it past the next line. */
  raw: Uint8Array | null;
  /** 1-based line number in its source. */
  lineNo: number;
  /** Bytes the line took in the (decompressed) input, its end included. */
  bytes: number;
}

export interface Line {
  /** The decoded line without its end, or null when it was over `maxBytes`. */
  text: string | null;
  lineNo: number;
  bytes: number;
}

export async function* splitRawLines(chunks: AsyncIterable<Buffer | string>, maxBytes = Infinity): AsyncGenerator<RawLine> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let tooLong = false;
  let lineNo = 0;
  const make = (buf: Buffer | null, bytes: number): RawLine => {
    lineNo++;
    if (buf === null) return { raw: null, lineNo, bytes };
    let end = buf.length;
    if (end > 0 && buf[end - 1] === 0x0d) end--;
    const start = lineNo === 1 && bomAt(buf, 0, end) ? 3 : 0;
    return { raw: buf.subarray(start, end), lineNo, bytes };
  };
  for await (const raw of chunks) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, start);
      if (nl < 0) {
        if (start < chunk.length) {
          pendingBytes += chunk.length - start;
          if (tooLong || pendingBytes > maxBytes) {
            tooLong = true;
            pending = [];
          } else pending.push(chunk.subarray(start));
        }
        break;
      }
      const bytes = pendingBytes + (nl - start) + 1;
      if (tooLong || bytes - 1 > maxBytes) {
        yield make(null, bytes);
      } else if (pending.length === 0) {
        yield make(chunk.subarray(start, nl), bytes);
      } else {
        pending.push(chunk.subarray(start, nl));
        yield make(Buffer.concat(pending), bytes);
      }
      pending = [];
      pendingBytes = 0;
      tooLong = false;
      start = nl + 1;
    }
  }
  if (pendingBytes > 0) yield make(tooLong ? null : Buffer.concat(pending), pendingBytes);
}

export async function* splitLines(chunks: AsyncIterable<Buffer | string>, maxBytes = Infinity): AsyncGenerator<Line> {
  for await (const { raw, lineNo, bytes } of splitRawLines(chunks, maxBytes)) yield { text: raw && decodeUtf8(raw), lineNo, bytes };
}

/** UTF-8 bytes as a string; invalid sequences become U+FFFD. */
export function decodeUtf8(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

/** Nothing but spaces, tabs, carriage returns and byte order marks (EF BB BF). */
export function isBlankBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x20 || b === 0x09 || b === 0x0d) continue;
    if (bomAt(bytes, i)) {
      i += 2;
      continue;
    }
    return false;
  }
  return true;
}

/** A byte order mark (EF BB BF) at `i`, ending by `end`. */
function bomAt(bytes: Uint8Array, i: number, end = bytes.length): boolean {
  return i + 3 <= end && bytes[i] === 0xef && bytes[i + 1] === 0xbb && bytes[i + 2] === 0xbf;
}
