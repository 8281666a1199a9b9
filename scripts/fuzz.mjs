#!/usr/bin/env node
// npm run fuzz [-- --cases 1000000 --seed 1 --family all --workers 2 --keep-going --max-repeat 300]
//
// The long property run against the built library (dist/): for every generated input,
// extract() must not throw, its output must be schema-valid, every mention must satisfy
// input.slice(start, end) === text, mentions must be sorted, and a second run (after another
// input) must give the same output. Generators and invariants: scripts/fuzz-lib.mjs.
// A failure is printed with fast-check's shrunk counterexample and the seed and path that
// replay it (`--seed S --path P`). Cases slower than --slow-ms (2000) are printed, not failed.
// Environment: FUZZ_CASES, FUZZ_SEED, FUZZ_WORKERS, FUZZ_SLOW_MS, VNPOL_DIST (another build
// directory, e.g. a copy of dist/ that a concurrent `npm run build` cannot remove mid-run).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import { anyInput, mutatedArticle, pathologicalText, problems, show, syllablesOf, unicodeText, vietnameseText } from './fuzz-lib.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const opts = {
    cases: Number(process.env.FUZZ_CASES ?? 1_000_000),
    seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31),
    family: 'all',
    workers: Number(process.env.FUZZ_WORKERS ?? 1),
    batch: 5000,
    keepGoing: false,
    path: undefined,
    slowMs: Number(process.env.FUZZ_SLOW_MS ?? 2000),
    maxRepeat: Number(process.env.FUZZ_MAX_REPEAT ?? 300),
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i];
    if (a === '--cases') opts.cases = Number(next().replace(/_/g, ''));
    else if (a === '--seed') opts.seed = Number(next());
    else if (a === '--family') opts.family = next();
    else if (a === '--workers') opts.workers = Number(next());
    else if (a === '--batch') opts.batch = Number(next());
    else if (a === '--path') opts.path = next();
    else if (a === '--keep-going') opts.keepGoing = true;
    else if (a === '--slow-ms') opts.slowMs = Number(next());
    else if (a === '--max-repeat') opts.maxRepeat = Number(next());
    else if (/^\d[\d_]*$/.test(a)) opts.cases = Number(a.replace(/_/g, ''));
    else {
      console.error(`unknown argument ${a}`);
      process.exit(2);
    }
  }
  return opts;
}

function loadSeeds() {
  const seeds = [readFileSync(join(root, 'fixtures', 'hanoi-2019-07-30-chuan-bi-dai-hoi.txt'), 'utf8')];
  const dev = resolve(root, '..', 'shared', 'corpus', 'dev');
  if (existsSync(dev)) for (const f of readdirSync(dev).filter((f) => f.endsWith('.txt')).sort()) seeds.push(readFileSync(join(dev, f), 'utf8'));
  return seeds;
}

function family(name, seeds, syllables, maxRepeat) {
  switch (name) {
    case 'unicode':
      return unicodeText();
    case 'vietnamese':
      return vietnameseText(syllables);
    case 'mutated':
      return mutatedArticle(seeds);
    case 'pathological':
      return pathologicalText(maxRepeat);
    case 'all':
      return anyInput(seeds, syllables, maxRepeat);
    default:
      throw new Error(`unknown family ${name} (all, unicode, vietnamese, mutated, pathological)`);
  }
}

/** Runs `cases` cases in batches, reporting progress to `report`. */
async function runFuzz({ cases, seed, family: familyName, batch, keepGoing, path, slowMs, maxRepeat }, report) {
  const dist = process.env.VNPOL_DIST ? resolve(process.env.VNPOL_DIST, 'index.js') : join(root, 'dist', 'index.js');
  if (!existsSync(dist)) throw new Error('dist/index.js not found: run `npm run build` first');
  const { Extraction, createExtractor } = await import(pathToFileURL(dist).href);
  const extractor = createExtractor({ validate: false });
  const seeds = loadSeeds();
  const arb = family(familyName, seeds, syllablesOf(seeds), maxRepeat);
  for (const s of seeds) extractor.extract(s); // warm up, so that compilation is not timed
  let slowest = { ms: 0, length: 0, input: '' };
  let chars = 0;

  const property = fc.property(arb, (input) => {
    const t = performance.now();
    let first;
    try {
      first = extractor.extract(input, { referenceDate: '2019-07-30' });
    } catch (err) {
      throw new Error(`extract threw: ${err?.stack ?? err}`);
    }
    const ms = performance.now() - t;
    chars += input.length;
    if (ms > slowest.ms) slowest = { ms, length: input.length, input };
    // Slow cases are reported, not failed: shrinking would re-run them many times.
    if (ms > slowMs) report({ kind: 'slow', ms, length: input.length, input: show(input, 300) });
    const found = problems(input, first, Extraction);
    if (found.length) throw new Error(found.slice(0, 5).join('\n'));
    extractor.extract(`${input.slice(0, 30)} Sáng 30/7, Nghị quyết số 15`);
    const again = extractor.extract(input, { referenceDate: '2019-07-30' });
    if (JSON.stringify(again) !== JSON.stringify(first)) throw new Error('a second run gave a different output');
    ran++;
    if (performance.now() - lastReport > 2000) {
      lastReport = performance.now();
      report({ kind: 'progress', done: done + ran, chars, slowest: { ms: slowest.ms, length: slowest.length, input: show(slowest.input, 160) } });
    }
  });
  let ran = 0;
  let lastReport = performance.now();

  let done = 0;
  let failures = 0;
  for (let b = 0; done < cases; b++) {
    const numRuns = Math.min(batch, cases - done);
    const batchSeed = (seed + b * 7919) | 0;
    ran = 0;
    const details = fc.check(property, { numRuns, seed: batchSeed, ...(path && b === 0 ? { path } : {}) });
    done += details.numRuns;
    if (details.failed) {
      failures++;
      const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance ?? '');
      report({ kind: 'failure', message: `${fc.defaultReportMessage(details)}\nError: ${error}`, seed: batchSeed });
      if (keepGoing) done += numRuns - details.numRuns;
    }
    report({ kind: 'progress', done, chars, slowest: { ms: slowest.ms, length: slowest.length, input: show(slowest.input, 160) } });
    if (details.failed && !keepGoing) break;
  }
  return { done, failures };
}

if (isMainThread) {
  const opts = parseArgs(process.argv.slice(2));
  const workers = Math.max(1, opts.workers | 0);
  const t0 = performance.now();
  console.log(`fuzz: ${opts.cases} cases, family ${opts.family}, seed ${opts.seed}, ${workers} worker(s), against dist/`);
  const state = Array.from({ length: workers }, () => ({ done: 0, chars: 0, slowest: { ms: 0 } }));
  let failures = 0;
  let slowCases = 0;
  let lastPrint = 0;
  const print = (final = false) => {
    const now = performance.now();
    if (!final && now - lastPrint < 5000) return;
    lastPrint = now;
    const done = state.reduce((n, s) => n + s.done, 0);
    const chars = state.reduce((n, s) => n + s.chars, 0);
    const secs = (now - t0) / 1000;
    const slow = state.reduce((a, s) => (s.slowest.ms > a.ms ? s.slowest : a), { ms: 0 });
    console.log(`${done} cases in ${secs.toFixed(1)} s: ${Math.round(done / secs)} cases/s, ${(chars / secs / 1e6).toFixed(2)} M chars/s; slowest ${slow.ms.toFixed(1)} ms (${slow.length ?? 0} chars)`);
    if (final && slow.input) console.log(`slowest input: ${slow.input}`);
  };
  const onReport = (i) => (msg) => {
    if (msg.kind === 'progress') Object.assign(state[i], msg);
    if (msg.kind === 'slow') {
      slowCases++;
      console.log(`SLOW (worker ${i}): ${msg.ms.toFixed(0)} ms for ${msg.length} UTF-16 units: ${msg.input}`);
    }
    if (msg.kind === 'failure') {
      failures++;
      console.log(`\nFAILURE (worker ${i}, replay: node scripts/fuzz.mjs --family ${opts.family} --seed ${msg.seed} --cases 1 --path <path from below>)`);
      console.log(msg.message);
    }
    print();
  };
  const share = (i) => Math.floor(opts.cases / workers) + (i < opts.cases % workers ? 1 : 0);
  const jobs = Array.from({ length: workers }, (_, i) => {
    const job = { ...opts, cases: share(i), seed: (opts.seed + i * 1_000_003) | 0 };
    return new Promise((resolveJob, reject) => {
      const w = new Worker(fileURLToPath(import.meta.url), { workerData: job });
      w.on('message', onReport(i));
      w.on('error', reject);
      w.on('exit', (code) => (code === 0 ? resolveJob() : reject(new Error(`worker ${i} exited with ${code}`))));
    });
  });
  // Interrupted (Ctrl-C, kill): print what was run so far.
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      print(true);
      console.log(`fuzz: interrupted after ${state.reduce((n, s) => n + s.done, 0)} cases; ${failures} failing batch(es); ${slowCases} case(s) over ${opts.slowMs} ms`);
      process.exit(failures ? 1 : 130);
    });
  }
  try {
    await Promise.all(jobs);
  } catch (err) {
    console.error(err?.stack ?? err);
    process.exit(2);
  }
  print(true);
  const done = state.reduce((n, s) => n + s.done, 0);
  console.log(`${failures ? `fuzz: ${failures} failing batch(es) in ${done} cases` : `fuzz: ${done} cases, no failure`}; ${slowCases} case(s) over ${opts.slowMs} ms`);
  process.exit(failures ? 1 : 0);
} else {
  await runFuzz(workerData, (msg) => parentPort.postMessage(msg));
}
