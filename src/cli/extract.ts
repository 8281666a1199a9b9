/**
 * `vnpol extract`: items are read as a stream, grouped in batches, processed in the main
 * thread or by worker threads, and written in input order. At most a few batches per worker
 * are between reading and writing (backpressure), so memory stays flat on any input size.
 * Output is written in whole lines; on SIGINT/SIGTERM reading stops, the batches already in
 * flight are written, and the command exits 130/143 — `--resume` then completes the run.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import { CSV_HEADER } from './csv.js';
import { openInputs, toRecord, type Item } from './input.js';
import { inProcess, WorkerPool, type Executor } from './pool.js';
import { errorRecord, type Processed } from './error-record.js';
import type { ProcessOptions } from './process.js';
import { Progress } from './progress.js';
import { prepareResume } from './resume.js';
import { inShard, type Shard } from './shard.js';

export interface ExtractSettings extends ProcessOptions {
  /** Worker threads; 1 = in the main thread. Default: the machine's cores, or 1 for under 1 MB of files. */
  workers?: number;
  html: boolean;
  output?: string;
  resume: boolean;
  shard?: Shard;
  quiet: boolean;
  verbose: boolean;
  maxLineBytes: number;
  /** Items per batch sent to a worker, and bytes. */
  batchItems?: number;
  batchBytes?: number;
}

export interface ExtractIO {
  stdin: Readable;
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean; columns?: number };
}

/** Below this many bytes of input files, starting worker threads costs more than it saves. */
const SMALL_INPUT = 1024 * 1024;

interface Queued {
  items: Item[];
  results: Promise<Processed[]>;
}

/** Returns the exit status; `interrupted` tells the caller to exit at once (stdin may still be open). */
export async function runExtract(paths: readonly string[], settings: ExtractSettings, io: ExtractIO): Promise<{ code: number; interrupted: boolean }> {
  const { format } = settings;
  let resumeDone: Set<string> | undefined;
  let out: Writable = io.stdout;
  let ownOutput = false;
  const progressLog: string[] = [];
  if (settings.output) {
    let appendHeader = format === 'csv';
    if (settings.resume) {
      const state = await prepareResume(settings.output);
      resumeDone = state.done;
      if (state.validBytes > 0) appendHeader = false;
      if (state.droppedBytes) progressLog.push(`vnpol: ${settings.output}: dropped a partial last line (${state.droppedBytes} bytes)`);
    }
    out = createWriteStream(settings.output, { flags: settings.resume ? 'a' : 'w' });
    ownOutput = true;
    if (appendHeader) out.write(CSV_HEADER);
  } else if (format === 'csv') {
    out.write(CSV_HEADER);
  }

  const inputs = await openInputs(paths, io.stdin, { html: settings.html, maxLineBytes: settings.maxLineBytes });
  const small = inputs.totalBytes !== null && inputs.totalBytes < SMALL_INPUT;
  const workers = Math.max(1, settings.workers ?? (small ? 1 : availableParallelism()));
  const live = !settings.quiet && io.stderr.isTTY === true;
  const progress = new Progress(io.stderr, inputs, live);
  for (const message of progressLog) if (settings.verbose || live) progress.log(message);
  const executor: Executor = workers > 1 ? new WorkerPool(workers, processOptions(settings), new URL('./cli-worker.js', import.meta.url)) : await inProcess(processOptions(settings));

  // Stop on SIGINT/SIGTERM: no more reading; what is in flight is written whole.
  // (Single resolver slots, overwritten: racing one long-lived promise per item would leak.)
  let stopSignal: NodeJS.Signals | undefined;
  let abortRead: (() => void) | undefined;
  let abortDrain: (() => void) | undefined;
  const wakeStop = () => {
    abortRead?.();
    abortDrain?.();
    wakeReader?.();
  };
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopSignal) process.exit(signal === 'SIGINT' ? 130 : 143); // a second signal: now
    stopSignal = signal;
    wakeStop();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  let outputError: Error | undefined;
  out.on('error', (err: Error) => {
    outputError = err;
    wakeStop();
  });

  // The queue between reading and writing, bounded.
  const maxQueued = workers > 1 ? workers * 3 : 2;
  const queue: Queued[] = [];
  let readingDone = false;
  let wakeWriter: (() => void) | undefined;
  let wakeReader: (() => void) | undefined;
  const batchItems = settings.batchItems ?? 64;
  const batchBytes = settings.batchBytes ?? 64 * 1024;
  let batch: Item[] = [];
  let bytesInBatch = 0;
  let timer: NodeJS.Timeout | undefined;

  const dispatch = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (batch.length === 0) return;
    const items = batch;
    batch = [];
    bytesInBatch = 0;
    const results = executor.submit(items);
    results.catch(() => {}); // handled when the writer reaches it; not an unhandled rejection meanwhile
    queue.push({ items, results });
    wakeWriter?.();
  };

  let failed = 0;
  const writer = (async () => {
    for (;;) {
      while (queue.length === 0) {
        if (readingDone) return;
        await new Promise<void>((resolve) => (wakeWriter = resolve));
        wakeWriter = undefined;
      }
      const head = queue[0]!;
      // A worker died (out of memory on a huge record…): retry the batch without heap limits,
      // then, if that dies too, record by record, so that only a record that kills a worker
      // even then becomes an error record.
      const failed1 = (item: Item, err: Error) => errorRecord(toRecord(item).id, err.message, undefined, format);
      const results = await head.results.catch((err: Error) =>
        executor.retry(head.items).catch(async () => {
          if (head.items.length === 1) return [failed1(head.items[0]!, err)];
          const one: Processed[] = [];
          for (const item of head.items) one.push(await executor.retry([item]).then((r) => r[0]!, (e: Error) => failed1(item, e)));
          return one;
        }),
      );
      queue.shift();
      wakeReader?.();
      let text = '';
      for (let i = 0; i < results.length; i++) {
        const r = results[i]!;
        text += r.out;
        progress.records++;
        progress.bytes += head.items[i]!.bytes;
        if (r.error !== undefined) {
          failed++;
          progress.errors++;
          progress.log(`vnpol: ${r.error}`);
        }
      }
      if (outputError) continue;
      if (!out.write(text) && !stopSignal) {
        await new Promise<void>((resolve) => {
          abortDrain = resolve;
          out.once('drain', resolve);
        });
        abortDrain = undefined;
      }
    }
  })();

  const needId = settings.shard !== undefined || resumeDone !== undefined;
  const iterator = inputs.items[Symbol.asyncIterator]();
  try {
    for (;;) {
      if (stopSignal || outputError || executor.fatal) break;
      const next = await new Promise<IteratorResult<Item> | undefined>((resolve, reject) => {
        abortRead = () => resolve(undefined);
        iterator.next().then(resolve, reject);
      });
      abortRead = undefined;
      if (next === undefined || next.done) break;
      let item = next.value;
      if (needId) {
        const record = toRecord(item);
        const id = record.id ?? '';
        if (settings.shard && !inShard(id, settings.shard)) {
          progress.skippedBytes += item.bytes;
          continue;
        }
        if (resumeDone?.has(id)) {
          progress.skipped++;
          progress.skippedBytes += item.bytes;
          continue;
        }
        item = { kind: 'record', record, html: item.html, bytes: item.bytes };
      }
      batch.push(item);
      bytesInBatch += item.bytes;
      if (batch.length >= batchItems || bytesInBatch >= batchBytes) {
        while (queue.length >= maxQueued && !stopSignal && !outputError) await new Promise<void>((resolve) => (wakeReader = resolve));
        wakeReader = undefined;
        if (stopSignal || outputError) break;
        dispatch();
      } else if (!timer) {
        // A slow input (a pipe) still gets its records out without waiting for a full batch.
        timer = setTimeout(dispatch, 50);
      }
    }
    if (!stopSignal && !outputError && !executor.fatal) dispatch();
  } finally {
    if (timer) clearTimeout(timer);
    readingDone = true;
    wakeWriter?.();
  }
  await writer;
  await executor.close();
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  if (ownOutput) {
    out.end();
    if (!outputError) await once(out, 'finish').catch(() => undefined);
  }
  progress.stop();
  if ((live || settings.verbose) && !settings.quiet) progress.log(progress.summary());
  if (executor.fatal) {
    io.stderr.write(`vnpol: cannot run worker threads: ${executor.fatal.message}\n`);
    return { code: 2, interrupted: true };
  }
  if (outputError && (outputError as NodeJS.ErrnoException).code !== 'EPIPE') {
    io.stderr.write(`vnpol: cannot write the output: ${outputError.message}\n`);
    return { code: 2, interrupted: true };
  }
  if (outputError) return { code: failed ? 1 : 0, interrupted: true };
  if (stopSignal) return { code: stopSignal === 'SIGINT' ? 130 : 143, interrupted: true };
  return { code: failed ? 1 : 0, interrupted: false };
}

function processOptions(s: ExtractSettings): ProcessOptions {
  return {
    format: s.format,
    ...(s.types ? { types: s.types } : {}),
    ...(s.explain ? { explain: true } : {}),
    ...(s.referenceDate ? { referenceDate: s.referenceDate } : {}),
  };
}
