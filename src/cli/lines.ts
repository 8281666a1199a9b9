/**
 * Lines from a byte stream, decoded as UTF-8 one line at a time: memory holds one chunk and
 * one line, whatever the size of the input. Invalid UTF-8 becomes U+FFFD (never a crash), a
 * BOM at the start is dropped, "\r\n" ends a line like "\n", and a line longer than
 * `maxBytes` is skipped and reported instead of being held in memory.
 */

export interface Line {
  /** The decoded line without its end, or null when it was over `maxBytes`. */
  text: string | null;
  /** 1-based line number in its source. */
  lineNo: number;
  /** Bytes the line took in the (decompressed) input, its end included. */
  bytes: number;
}

export async function* splitLines(chunks: AsyncIterable<Buffer | string>, maxBytes = Infinity): AsyncGenerator<Line> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let tooLong = false;
  let lineNo = 0;
  const make = (buf: Buffer | null, bytes: number): Line => {
    lineNo++;
    if (buf === null) return { text: null, lineNo, bytes };
    let end = buf.length;
    if (end > 0 && buf[end - 1] === 0x0d) end--;
    let text = buf.toString('utf8', 0, end);
    if (lineNo === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text, lineNo, bytes };
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
