#!/usr/bin/env node
// npm run bench [-- --profile] — throughput and memory, measured in one run on this machine:
//   1. a ~20 MB corpus (BENCH_MB) made by repeating the real articles of ../shared/corpus/dev
//      and fixtures/ (fixtures only where ../shared is absent);
//   2. extract() on one thread (dist build), MB/s of UTF-8 text, then once more on the same
//      records (warm: the JIT has settled), then extractMany() on them in the CLI's batches
//      (64 records or 64 KB);
//   3. the CLI on the corpus as JSONL with --workers 1 and --workers 2 (wall time, start-up
//      included);
//   4. vntk's regex tokenizer on the same texts, and vntk's NER on a small sample when its
//      native CRF module loads;
//   3b. two single-worker CLIs at once, one per shard: what the machine gives two processes;
//      and a CPU-bound loop alone and twice at once: what it gives them without memory traffic;
//   5. peak RSS of the CLI (default workers) on a 200 MB JSONL (BENCH_RSS_MB; 0 skips it),
//      generated to a temp file and deleted after.
// Prints the figures and the ratios the targets are stated in. --profile also runs the CLI
// (--workers 1) under `node --cpu-prof` and prints the functions with the most self time.
import { spawn } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, writeFileSync, mkdtempSync, openSync, closeSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'dist', 'cli.js'))) {
  console.error('bench: dist/ not built (npm run build)');
  process.exit(2);
}
// A private copy of the build (under node_modules, so that its imports resolve): a rebuild
// of dist/ during the bench (another test run) cannot pull it from under the measurements.
const dist = join(root, 'node_modules', '.cache', `vnpol-bench-${process.pid}`);
/** Every local module `entries` import, transitively, is there and non-empty (a build is not half-written). */
function wholeBuild(dir, entries) {
  const seen = new Set();
  const todo = [...entries];
  while (todo.length) {
    const file = todo.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const path = join(dir, file);
    if (!existsSync(path) || statSync(path).size === 0) return false;
    for (const m of readFileSync(path, 'utf8').matchAll(/(?:from\s*|import\s*\(\s*)["']\.\/([^"']+\.js)["']/g)) todo.push(m[1]);
  }
  return true;
}
for (let attempt = 0; ; attempt++) {
  rmSync(dist, { recursive: true, force: true });
  try {
    cpSync(join(root, 'dist'), dist, { recursive: true });
    if (wholeBuild(dist, ['cli.js', 'cli-worker.js', 'index.js'])) break;
  } catch {}
  if (attempt === 20) throw new Error('bench: could not copy a complete dist/ (is a build running?)');
  await new Promise((r) => setTimeout(r, 3000));
}
process.on('exit', () => rmSync(dist, { recursive: true, force: true }));
const cli = join(dist, 'cli.js');
const TARGET_MB = Number(process.env.BENCH_MB ?? 20);
const RSS_MB = Number(process.env.BENCH_RSS_MB ?? 200);
const PROFILE = process.argv.includes('--profile');
const tmp = mkdtempSync(join(tmpdir(), 'vnpol-bench-'));
const log = (...a) => console.error(...a);

// 1. The corpus.
function articles() {
  const out = [];
  const add = (dir, required) => {
    if (!existsSync(dir)) {
      if (required) throw new Error(`${dir} not found`);
      log(`bench: ${dir} not found, skipped`);
      return;
    }
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
      const id = f.slice(0, -4);
      const gold = join(dir, `${id}.gold.json`);
      const referenceDate = existsSync(gold) ? JSON.parse(readFileSync(gold, 'utf8')).referenceDate : undefined;
      out.push({ id, text: readFileSync(join(dir, f), 'utf8'), ...(referenceDate ? { referenceDate } : {}) });
    }
  };
  add(join(root, 'fixtures'), true);
  add(join(root, '..', 'shared', 'corpus', 'dev'), false);
  return out;
}
const base = articles();
const baseBytes = base.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
const records = [];
let corpusBytes = 0;
for (let i = 0; corpusBytes < TARGET_MB * 1e6; i++) {
  const a = base[i % base.length];
  records.push({ ...a, id: `${a.id}#${Math.floor(i / base.length)}` });
  corpusBytes += Buffer.byteLength(a.text);
}
const jsonl = join(tmp, 'corpus.jsonl');
{
  const ws = createWriteStream(jsonl);
  for (const r of records) if (!ws.write(JSON.stringify(r) + '\n')) await once(ws, 'drain');
  ws.end();
  await once(ws, 'finish');
}
const jsonlBytes = statSync(jsonl).size;
log(`bench: ${base.length} articles (${(baseBytes / 1e6).toFixed(2)} MB) repeated to ${records.length} records, ${(corpusBytes / 1e6).toFixed(1)} MB of text, ${(jsonlBytes / 1e6).toFixed(1)} MB of JSONL`);

const results = {};
const mbps = (bytes, ms) => bytes / 1e6 / (ms / 1000);
/** CPU milliseconds of this process since `since` (user + system): a figure that load on other cores does not skew. */
const cpuMs = (since) => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
};

// 2. extract() on one thread.
{
  const { createExtractor } = await import(pathToFileURL(join(dist, 'index.js')).href);
  let t = performance.now();
  const extractor = createExtractor();
  for (const a of base) extractor.extract(a.text, { referenceDate: a.referenceDate }); // compile + warm up
  results.warmupMs = performance.now() - t;
  t = performance.now();
  const cpu = process.cpuUsage();
  let mentions = 0;
  for (const r of records) mentions += extractor.extract(r.text, { id: r.id, referenceDate: r.referenceDate }).mentions.length;
  const ms = performance.now() - t;
  results.extract = mbps(corpusBytes, ms);
  results.extractCpu = mbps(corpusBytes, cpuMs(cpu));
  log(`bench: extract() ${results.extract.toFixed(2)} MB/s (${(ms / 1000).toFixed(1)} s, ${results.extractCpu.toFixed(2)} MB per CPU-second, ${mentions} mentions; first pass over the ${base.length} articles ${(results.warmupMs / 1000).toFixed(1)} s)`);

  // The same records again: V8 is still compiling and re-compiling the rules' code during the
  // first few hundred articles (~2× their steady cost), so this is the rate of a long run.
  t = performance.now();
  for (const r of records) extractor.extract(r.text, { id: r.id, referenceDate: r.referenceDate });
  results.extractWarm = mbps(corpusBytes, performance.now() - t);
  log(`bench: extract() again on the same records (warm) ${results.extractWarm.toFixed(2)} MB/s`);

  // The same records through extractMany, in the CLI's batches (64 records or 64 KB).
  const batches = [];
  for (let i = 0, bytes = 0, batch = []; i < records.length; i++) {
    batch.push({ text: records[i].text, id: records[i].id, referenceDate: records[i].referenceDate });
    bytes += Buffer.byteLength(records[i].text);
    if (batch.length === 64 || bytes >= 64 * 1024 || i === records.length - 1) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
  }
  t = performance.now();
  const cpuMany = process.cpuUsage();
  let mentionsMany = 0;
  for (const batch of batches) for (const r of extractor.extractMany(batch)) mentionsMany += r.mentions?.length ?? 0;
  const msMany = performance.now() - t;
  results.extractMany = mbps(corpusBytes, msMany);
  results.extractManyCpu = mbps(corpusBytes, cpuMs(cpuMany));
  log(`bench: extractMany() ${results.extractMany.toFixed(2)} MB/s (${(msMany / 1000).toFixed(1)} s, ${results.extractManyCpu.toFixed(2)} MB per CPU-second, ${batches.length} batches, ${mentionsMany} mentions)`);
}

// 3. The CLI.
function runCli(args, { measureRss = false, nodeArgs = [] } = {}) {
  return new Promise((resolveRun, reject) => {
    const devnull = openSync('/dev/null', 'w');
    const useTime = existsSync('/usr/bin/time');
    // The CLI is run as the installed `vnpol` bin runs: through its shebang, with its node flags.
    const command = nodeArgs.length ? [process.execPath, ...nodeArgs, cli] : [cli];
    const cmd = useTime ? '/usr/bin/time' : command[0];
    const argv = useTime ? ['-f', 'MAXRSS_KB=%M CPU_S=%U+%S', ...command, ...args] : [...command.slice(1), ...args];
    const t = performance.now();
    const child = spawn(cmd, argv, { stdio: ['ignore', devnull, 'pipe'] });
    let stderr = '';
    let hwm = 0;
    child.stderr.on('data', (b) => (stderr += b));
    // Without /usr/bin/time: poll the peak RSS the kernel keeps for the process (threads included).
    const poll = measureRss && !useTime
      ? setInterval(() => {
          try {
            const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
            if (m) hwm = Math.max(hwm, Number(m[1]));
          } catch {}
        }, 50)
      : undefined;
    child.on('error', reject);
    child.on('close', (code) => {
      if (poll) clearInterval(poll);
      closeSync(devnull);
      const ms = performance.now() - t;
      const m = /MAXRSS_KB=(\d+) CPU_S=([\d.]+)\+([\d.]+)/.exec(stderr);
      if (m) hwm = Number(m[1]);
      const cpuS = m ? Number(m[2]) + Number(m[3]) : undefined;
      if (code !== 0) log(`bench: vnpol ${args.join(' ')} exited ${code}: ${stderr.replace(/MAXRSS_KB=.*\s*/, '').slice(0, 500)}`);
      resolveRun({ ms, rssMb: hwm / 1024, cpuS, code });
    });
  });
}
// Start-up (loading, starting threads, compiling the rules in each) measured on a few
// records, to give the steady rate too: bytes / (time on the corpus - start-up time).
const small = join(tmp, 'small.jsonl');
writeFileSync(small, records.slice(0, 4).map((r) => JSON.stringify(r) + '\n').join(''));
for (const w of [1, 2]) {
  const start = await runCli(['extract', small, '--workers', String(w), '--quiet']);
  const r = await runCli(['extract', jsonl, '--workers', String(w), '--quiet']);
  results[`cli${w}`] = mbps(jsonlBytes, r.ms);
  results[`cli${w}steady`] = r.ms > start.ms ? mbps(jsonlBytes, r.ms - start.ms) : undefined;
  results[`cli${w}cpu`] = r.cpuS;
  log(`bench: CLI --workers ${w} ${results[`cli${w}`].toFixed(2)} MB/s of JSONL (${(r.ms / 1000).toFixed(1)} s wall, ${r.cpuS?.toFixed(1) ?? '?'} s CPU; start-up ${(start.ms / 1000).toFixed(1)} s)`);
}

// The machine's own ceiling for two cores: two independent single-thread CLIs, one on each
// half of the input (`--shard 0/2` and `1/2`, the scale-out recipe of docs/cli.md), at once.
{
  const t = performance.now();
  await Promise.all(['0/2', '1/2'].map((shard) => runCli(['extract', jsonl, '--workers', '1', '--shard', shard, '--quiet'])));
  results.shards = mbps(jsonlBytes, performance.now() - t);
  log(`bench: two --workers 1 processes on a shard each, at once: ${results.shards.toFixed(2)} MB/s of JSONL`);
}

// What the machine gives two CPU-bound processes right now, without the memory and garbage
// collector of a real workload: a loop of arithmetic, alone and then twice at once.
{
  const loop = ['-e', 'let x = 0; for (let i = 0; i < 4e8; i++) x = (x + i) | 0; if (x === 1) console.log(x);'];
  const run = () => new Promise((res, rej) => spawn(process.execPath, loop, { stdio: 'ignore' }).on('error', rej).on('close', res));
  let t = performance.now();
  await run();
  const alone = performance.now() - t;
  t = performance.now();
  await Promise.all([run(), run()]);
  results.loops = (2 * alone) / (performance.now() - t);
  log(`bench: a CPU-bound loop in two processes at once: ${results.loops.toFixed(2)}× one process`);
}

// 4. vntk.
const require = createRequire(import.meta.url);
let vntk;
try {
  vntk = require('vntk');
} catch (err) {
  log(`bench: vntk not available: ${err.message.split('\n')[0]}`);
}
if (vntk) {
  const tokenizer = vntk.tokenizer();
  for (const a of base) tokenizer.tokenize(a.text);
  const t = performance.now();
  const cpu = process.cpuUsage();
  let tokens = 0;
  for (const r of records) tokens += tokenizer.tokenize(r.text).length;
  const ms = performance.now() - t;
  results.vntkTokenizer = mbps(corpusBytes, ms);
  results.vntkTokenizerCpu = mbps(corpusBytes, cpuMs(cpu));
  log(`bench: vntk tokenizer ${results.vntkTokenizer.toFixed(2)} MB/s (${(ms / 1000).toFixed(1)} s, ${results.vntkTokenizerCpu.toFixed(2)} MB per CPU-second, ${tokens} tokens)`);
  try {
    const ner = vntk.ner();
    // A small sample: whole articles until ~30 KB or 20 s, whichever comes first (NER is slow).
    ner.tag(base[0].text.slice(0, 200));
    const sample = [];
    let sampleBytes = 0;
    const t2 = performance.now();
    for (const a of base) {
      if (sampleBytes >= 30e3 || performance.now() - t2 > 20e3) break;
      ner.tag(a.text);
      sample.push(a);
      sampleBytes += Buffer.byteLength(a.text);
    }
    const ms2 = performance.now() - t2;
    results.vntkNer = mbps(sampleBytes, ms2);
    log(`bench: vntk NER ${results.vntkNer.toFixed(3)} MB/s on ${sample.length} articles (${(sampleBytes / 1e3).toFixed(0)} KB, ${(ms2 / 1000).toFixed(1)} s)`);
  } catch (err) {
    results.vntkNerError = String(err?.message ?? err).split('\n')[0];
    log(`bench: vntk NER unavailable: ${results.vntkNerError}`);
  }
}

// 5. Peak RSS on a large input.
if (RSS_MB > 0) {
  const big = join(tmp, 'big.jsonl');
  const lines = records.slice(0, base.length).map((r) => JSON.stringify(r) + '\n');
  const ws = createWriteStream(big);
  let written = 0;
  for (let i = 0; written < RSS_MB * 1e6; i++) {
    const line = lines[i % lines.length].replace(/#0"/, `#big${i}"`);
    written += Buffer.byteLength(line);
    if (!ws.write(line)) await once(ws, 'drain');
  }
  ws.end();
  await once(ws, 'finish');
  const r = await runCli(['extract', big, '--quiet'], { measureRss: true });
  rmSync(big, { force: true });
  results.rssMb = r.rssMb;
  results.bigMbps = mbps(written, r.ms);
  log(`bench: CLI on ${(written / 1e6).toFixed(0)} MB (default workers: ${availableParallelism()}): peak RSS ${r.rssMb.toFixed(0)} MB, ${results.bigMbps.toFixed(2)} MB/s (${(r.ms / 1000).toFixed(1)} s)`);
}

// --profile: where the time goes.
if (PROFILE) {
  const dir = join(tmp, 'prof');
  await runCli(['extract', jsonl, '--workers', '1', '--quiet'], { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`] });
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  const prof = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const self = new Map();
  for (const id of prof.samples) {
    const f = byId.get(id).callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').slice(-2).join('/')}:${f.lineNumber + 1}`.slice(0, 140);
    self.set(key, (self.get(key) ?? 0) + 1);
  }
  console.log('\nCPU profile of the CLI (--workers 1), self time:');
  for (const [k, n] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${((100 * n) / prof.samples.length).toFixed(1).padStart(5)}%  ${k}`);
}
rmSync(tmp, { recursive: true, force: true });

// The table.
const f = (x, d = 2) => (x === undefined ? 'n/a' : x.toFixed(d));
const row = (name, value, target = '') => console.log(`  ${name.padEnd(50)} ${String(value).padStart(8)}  ${target}`);
console.log(`\nvnpol bench — ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)} at the end, corpus ${(corpusBytes / 1e6).toFixed(1)} MB of text`);
row('extract() one thread, MB/s', f(results.extract), results.extract >= 10 ? 'target ≥ 10: met' : 'target ≥ 10: missed');
row('extract() warm (the same records again), MB/s', f(results.extractWarm), results.extractWarm >= 10 ? 'target ≥ 10: met' : 'target ≥ 10: missed');
row('extractMany() one thread (CLI batches), MB/s', f(results.extractMany), results.extractMany >= 10 ? 'target ≥ 10: met' : 'target ≥ 10: missed');
row('ratio extractMany / extract', f(results.extractMany / results.extract));
row('vntk tokenizer, MB/s', f(results.vntkTokenizer));
row('extract() MB per CPU-second', f(results.extractCpu));
row('vntk tokenizer MB per CPU-second', f(results.vntkTokenizerCpu));
row('ratio extract / vntk tokenizer, per CPU-second', f(results.vntkTokenizerCpu && results.extractCpu / results.vntkTokenizerCpu));
row('ratio extract / vntk tokenizer', f(results.vntkTokenizer && results.extract / results.vntkTokenizer), results.vntkTokenizer ? (results.extract >= results.vntkTokenizer ? 'target ≥ 1.0: met' : 'target ≥ 1.0: missed') : '');
row('ratio extractMany / vntk tokenizer', f(results.vntkTokenizer && results.extractMany / results.vntkTokenizer), results.vntkTokenizer ? (results.extractMany >= results.vntkTokenizer ? 'target ≥ 1.0: met' : 'target ≥ 1.0: missed') : '');
row('vntk NER, MB/s', results.vntkNer !== undefined ? f(results.vntkNer, 3) : `unavailable`, results.vntkNerError ?? '');
row('CLI --workers 1, MB/s of JSONL', f(results.cli1));
row('CLI --workers 2, MB/s of JSONL', f(results.cli2));
row('CLI --workers 1, steady MB/s (less start-up)', f(results.cli1steady));
row('CLI --workers 2, steady MB/s (less start-up)', f(results.cli2steady));
if (results.cli1steady && results.cli2steady) row('ratio 2 workers / 1 worker, steady', f(results.cli2steady / results.cli1steady), results.cli2steady / results.cli1steady >= 1.7 ? 'target ≥ 1.7: met' : 'target ≥ 1.7: missed');
row('ratio 2 workers / 1 worker (wall clock)', f(results.cli2 / results.cli1), results.cli2 / results.cli1 >= 1.7 ? 'target ≥ 1.7: met' : 'target ≥ 1.7: missed');
if (results.shards) row('ratio 2 shard processes / 1 worker (the machine)', f(results.shards / results.cli1), '(what two cores give two independent processes)');
if (results.shards) row('ratio 2 workers / 2 shard processes', f(results.cli2 / results.shards), '(the pool\'s share of that)');
row('ratio 2 loops / 1 loop (CPU-bound, little memory)', f(results.loops), '(the two cores, without garbage collection and compiler threads)');
if (results.cli1cpu && results.cli2cpu) row('CPU seconds, 2 workers / 1 worker', f(results.cli2cpu / results.cli1cpu), '(near 1: the work parallelizes; wall clock needs idle cores)');
if (results.rssMb !== undefined) row(`peak RSS of the CLI on ${RSS_MB} MB, MB`, f(results.rssMb, 0), results.rssMb <= 200 ? 'target ≤ 200: met' : 'target ≤ 200: missed');
