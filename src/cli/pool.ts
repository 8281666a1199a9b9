/**
 * Where batches of items are processed: in the main thread (`--workers 1`) or by a pool of
 * worker threads. A pool keeps at most `depth` batches per worker in flight; the caller
 * bounds how many batches wait to be written, so memory stays flat whatever the input size.
 */
import { Worker } from 'node:worker_threads';
import type { Item } from './input.js';
import type { Processed } from './error-record.js';
import type { ProcessOptions } from './process.js';
import type { BatchRequest } from './worker.js';

/**
 * Heap limits of pool workers, in MB (the rules' own data takes ~40 MB of a worker). Under the
 * `vnpol` bin the young generation is smaller still: V8's `--max-semi-space-size=2` of its
 * shebang caps every isolate's, workers' too (measured: 4.2 MB of new space with 8 or 32 here).
 */
export const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 96 };

export interface Executor {
  /** Results in item order; rejects when the worker processing the batch died. */
  submit(items: Item[]): Promise<Processed[]>;
  /** Set when worker threads cannot even start: the run cannot go on. */
  readonly fatal?: Error;
  /** Once more, after a worker died on these items: alone and without heap limits. */
  retry(items: Item[]): Promise<Processed[]>;
  close(): Promise<void>;
}

/**
 * Processes each batch synchronously, when it is submitted. The extractor is imported here,
 * lazily: with worker threads the main thread never loads the rules.
 */
export async function inProcess(options: ProcessOptions): Promise<Executor> {
  const { createProcessor } = await import('./process.js');
  const processor = createProcessor(options);
  const submit = (items: Item[]): Promise<Processed[]> => {
    try {
      return Promise.resolve(processor.process(items));
    } catch (err) {
      return Promise.reject(err);
    }
  };
  return { submit, retry: submit, close: async () => {} };
}

interface Pending {
  seq: number;
  items: Item[];
  resolve: (results: Processed[]) => void;
  reject: (err: Error) => void;
}

interface Slot {
  worker: Worker;
  inFlight: Map<number, Pending>;
  lastError?: Error;
  /** Answered at least one batch: a later death is the input's doing, not a broken setup. */
  answered: boolean;
}

export class WorkerPool implements Executor {
  private readonly slots: Slot[] = [];
  private readonly waiting: Pending[] = [];
  private seq = 0;
  private closing = false;
  private startFailures = 0;
  fatal?: Error;

  constructor(
    size: number,
    private readonly options: ProcessOptions,
    private readonly script: URL,
    private readonly depth = 2,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  submit(items: Item[]): Promise<Processed[]> {
    if (this.fatal) return Promise.reject(this.fatal);
    return new Promise((resolve, reject) => {
      this.waiting.push({ seq: this.seq++, items, resolve, reject });
      this.pump();
    });
  }

  retry(items: Item[]): Promise<Processed[]> {
    if (this.fatal) return Promise.reject(this.fatal);
    return new Promise((resolve, reject) => {
      const worker = new Worker(this.script, { workerData: this.options });
      let answered = false;
      let lastError: Error | undefined;
      worker.on('message', (msg: { results: Processed[] }) => {
        answered = true;
        resolve(msg.results);
        void worker.terminate();
      });
      worker.on('error', (err) => (lastError = err));
      worker.on('exit', (code) => {
        if (!answered) reject(new Error(`worker thread stopped${lastError ? `: ${lastError.message}` : ` (exit code ${code})`}`));
      });
      const req: BatchRequest = { seq: 0, items };
      worker.postMessage(req);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    // Small heap limits keep each worker near what the rules need (V8 otherwise lets the heap
    // grow long before collecting: measured on 10 MB with 2 workers, 245 MB RSS without the
    // limits, 192 MB with them; on 60 MB, 330–450 MB without and ~15 % less CPU, the price of
    // the smaller heaps). A record that needs more kills its worker and is retried alone,
    // without limits (`retry`).
    const worker = new Worker(this.script, { workerData: this.options, resourceLimits: WORKER_LIMITS });
    const slot: Slot = { worker, inFlight: new Map(), answered: false };
    worker.on('message', (msg: { seq: number; results: Processed[] }) => {
      const job = slot.inFlight.get(msg.seq);
      if (!job) return;
      slot.inFlight.delete(msg.seq);
      slot.answered = true;
      job.resolve(msg.results);
      this.pump();
    });
    worker.on('error', (err) => {
      slot.lastError = err;
    });
    worker.on('exit', (code) => {
      if (this.closing) return;
      const err = new Error(`worker thread stopped${slot.lastError ? `: ${slot.lastError.message}` : ` (exit code ${code})`}`);
      for (const job of slot.inFlight.values()) job.reject(err);
      slot.inFlight.clear();
      const i = this.slots.indexOf(slot);
      // A worker that died on a record is replaced; one that cannot even start, a few times only.
      if (slot.answered || this.startFailures++ < 3) {
        if (i >= 0) this.slots[i] = this.spawn();
      } else {
        this.fatal = err;
        if (i >= 0) this.slots.splice(i, 1);
        if (this.slots.length === 0) for (const job of this.waiting.splice(0)) job.reject(err);
      }
      this.pump();
    });
    return slot;
  }

  private pump(): void {
    while (this.waiting.length > 0) {
      let best: Slot | undefined;
      for (const s of this.slots) if (s.inFlight.size < this.depth && (!best || s.inFlight.size < best.inFlight.size)) best = s;
      if (!best) return;
      const job = this.waiting.shift()!;
      best.inFlight.set(job.seq, job);
      const req: BatchRequest = { seq: job.seq, items: job.items };
      best.worker.postMessage(req);
    }
  }
}
