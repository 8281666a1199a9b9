/**
 * The progress line on stderr (only when stderr is a terminal, and not with --quiet):
 * records, MB/s, errors, and the percentage and ETA when the input size is known. Redrawn at
 * most four times a second; messages printed meanwhile clear it first.
 */

export interface ProgressSource {
  totalBytes: number | null;
  /** Some input is compressed: progress is then by bytes read, not by bytes processed. */
  compressed: boolean;
  position(): number;
}

type Stream = NodeJS.WritableStream & { isTTY?: boolean; columns?: number };

export class Progress {
  records = 0;
  errors = 0;
  skipped = 0;
  /** Input bytes of the records written. */
  bytes = 0;
  /** Input bytes of the records skipped (--resume, --shard). */
  skippedBytes = 0;
  readonly started = performance.now();
  private timer?: NodeJS.Timeout;
  private drawn = false;

  constructor(
    private readonly stderr: Stream,
    private readonly source: ProgressSource,
    private readonly live: boolean,
  ) {
    if (live) {
      this.timer = setInterval(() => this.draw(), 250);
      this.timer.unref();
    }
  }

  seconds(): number {
    return (performance.now() - this.started) / 1000;
  }

  /** A message for stderr, on a line of its own. */
  log(message: string): void {
    this.clear();
    this.stderr.write(message.endsWith('\n') ? message : `${message}\n`);
  }

  line(): string {
    const secs = this.seconds();
    const mbs = secs > 0 ? this.bytes / 1e6 / secs : 0;
    const parts = [`${this.records.toLocaleString('en-US')} records`, `${mbs.toFixed(1)} MB/s`, `${this.errors} error${this.errors === 1 ? '' : 's'}`];
    if (this.skipped) parts.push(`${this.skipped} skipped`);
    const total = this.source.totalBytes;
    if (total) {
      const done = this.source.compressed ? this.source.position() : this.bytes + this.skippedBytes;
      const frac = Math.min(1, done / total);
      const eta = frac > 0 ? (secs * (1 - frac)) / frac : NaN;
      const width = 20;
      const filled = Math.round(frac * width);
      parts.unshift(`[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(frac * 100).toFixed(0).padStart(3)}%`);
      if (Number.isFinite(eta)) parts.push(`ETA ${clock(eta)}`);
    }
    return parts.join('  ');
  }

  private draw(): void {
    const text = this.line();
    const cols = this.stderr.columns && this.stderr.columns >= 20 ? this.stderr.columns : 100;
    this.stderr.write(`\r${text.slice(0, cols - 1)}\x1b[K`);
    this.drawn = true;
  }

  private clear(): void {
    if (this.drawn) this.stderr.write('\r\x1b[K');
    this.drawn = false;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.clear();
  }

  summary(): string {
    const secs = this.seconds();
    const mbs = secs > 0 ? this.bytes / 1e6 / secs : 0;
    return `vnpol: ${this.records} records, ${this.errors} errors${this.skipped ? `, ${this.skipped} skipped` : ''} in ${secs.toFixed(1)} s (${mbs.toFixed(1)} MB/s)`;
  }
}

function clock(secs: number): string {
  const s = Math.round(secs);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  return h ? `${h}:${String(m).padStart(2, '0')}:${String(r).padStart(2, '0')}` : `${m}:${String(r).padStart(2, '0')}`;
}
