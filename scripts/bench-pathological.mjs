#!/usr/bin/env node
// npm run bench:pathological [-- --size 1000000 --timeout 120 --only NAME --skip-large | --only-large --large-mb 50]
//
// Time per MB of pathological inputs (long runs of the phrases rules look at: repeated titles,
// commas, digits and slashes, parentheses, capitalized syllables, numbered lists …) against
// the time per MB of real articles (fixtures/ and ../shared/corpus/dev when present). Every
// ratio must stay within 5× (exit status 1 otherwise). Each input runs in its own worker with
// a time limit, so a catastrophic pattern shows as "> limit" instead of hanging the run.
// Then a 50 MB record is processed in a child process (or refused with a clear error): it
// must not run out of memory. Against dist/ (run `npm run build` first), or VNPOL_DIST.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = pathToFileURL(process.env.VNPOL_DIST ? resolve(process.env.VNPOL_DIST, 'index.js') : join(root, 'dist', 'index.js')).href;
const MAX_RATIO = 5;

function realArticles() {
  const texts = [readFileSync(join(root, 'fixtures', 'hanoi-2019-07-30-chuan-bi-dai-hoi.txt'), 'utf8')];
  const dev = resolve(root, '..', 'shared', 'corpus', 'dev');
  if (existsSync(dev)) for (const f of readdirSync(dev).filter((f) => f.endsWith('.txt')).sort()) texts.push(readFileSync(join(dev, f), 'utf8'));
  return texts;
}

/** A small deterministic PRNG, so that the random inputs are the same on every run. */
function prng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const fill = (unit, size) => unit.repeat(Math.max(1, Math.ceil(size / unit.length))).slice(0, size);

/** The inputs: name → builder(size in UTF-16 units). */
const INPUTS = {
  'Nghị quyết ×': (n) => fill('Nghị quyết ', n),
  '100k commas': () => ','.repeat(100_000),
  '100k ", "': () => ', '.repeat(100_000),
  'digits, dots and slashes (random, one line)': (n) => {
    const r = prng(1);
    let s = '';
    while (s.length < n) s += '0123456789./'[Math.floor(r() * 12)];
    return s;
  },
  'digits, dots and slashes (1.2/3 …)': (n) => fill('1.2/30.4/2019/', n),
  '"Ủy viên Ban Thường vụ " ×': (n) => fill('Ủy viên Ban Thường vụ ', n),
  'nested parentheses': (n) => '('.repeat(n / 2) + ')'.repeat(n / 2),
  'parentheses and words': (n) => fill('(Nghị quyết (khóa XI, (Trung ương 4 ', n),
  'capitalized syllables (Nguyễn Văn A Nguyễn Văn B …)': (n) => {
    let s = '';
    for (let i = 0; s.length < n; i++) s += `Nguyễn Văn ${String.fromCharCode(65 + (i % 26))} `;
    return s.slice(0, n);
  },
  'upper-case titles (BAN TÂN PHÓ TỔNG THANH …)': (n) => `BAN ${fill('TÂN PHÓ TỔNG THANH ', n - 5)}N`,
  '"số 1, 2, 3, …"': (n) => {
    let s = 'số ';
    for (let i = 1; s.length < n; i++) s += `${i}, `;
    return s.slice(0, n);
  },
  'spaces and tabs': (n) => fill(' \t', n),
  'blank lines': (n) => fill('\n', n),
  'dates (ngày 1/1/2019 …)': (n) => fill('ngày 1/1/2019, ', n),
  'counts (hơn 1.200 đảng viên, …)': (n) => fill('hơn 1.200 đảng viên, ', n),
  'places (Hà Nội, tỉnh Nghệ An, …)': (n) => fill('Hà Nội, tỉnh Nghệ An, ', n),
  'TP. abbreviations': (n) => fill('xã TP.TP.TP', n),
  'congresses (Đại hội Đảng bộ …)': (n) => fill('Đại hội Đảng bộ ', n),
  'plenums (Trung ương 4, …)': (n) => fill('Nghị quyết Trung ương 4, ', n),
  'symbols (155-KH/TU/ …)': (n) => fill('155-KH/TU/', n),
  'exclamation marks': (n) => '!'.repeat(n),
  'combining marks': (n) => `a${'\u0301'.repeat(n - 1)}`,
  // The attacks recheck finds on the patterns test/regex-safety.test.ts lists as KNOWN_VULNERABLE.
  'recheck attack on person.office': (n) => `BAN ${fill('TÂN PHÓ TỔNG BIÊN ', n - 5)}Ữ`,
  'recheck attack on event.congress': (n) => `Đại\thội\tthứ\tX${fill('r\tĐảng\tbộ\tI', n - 16)}\t`,
  'recheck attack on location.region': (n) => `ị${fill('miền\tNa', n - 2)}s`,
  'recheck attack on organization.massOrganization': (n) => `HộFđ\tF\t${fill('Đỗ\t', n - 9)}ơỹ`,
  'real articles in NFD with CRLF and NBSP': (n) => fill(realArticles().join('\n\n'), n).normalize('NFD').replace(/\n/g, '\r\n').replace(/ /g, '\u00a0'),
};

// ---- worker: run one input ---------------------------------------------------------------
if (!isMainThread) {
  const { createExtractor } = await import(dist);
  const { kind, name, size } = workerData;
  const extractor = createExtractor();
  if (kind === 'baseline') {
    const texts = realArticles();
    for (const t of texts) extractor.extract(t); // warm up
    // Articles one by one, as a batch would, for at least a second.
    let bytes = 0;
    let t0 = performance.now();
    while (performance.now() - t0 < 1000) for (const t of texts) (extractor.extract(t), (bytes += Buffer.byteLength(t)));
    const perArticle = (performance.now() - t0) / (bytes / 1e6);
    // The same text as one long record of the pathological inputs' size.
    const joined = fill(texts.join('\n\n'), size);
    t0 = performance.now();
    extractor.extract(joined);
    const oneRecord = (performance.now() - t0) / (Buffer.byteLength(joined) / 1e6);
    parentPort.postMessage({ perArticle, oneRecord });
  } else {
    extractor.extract('Sáng 30/7, đồng chí Nguyễn Văn A, Bí thư Thành ủy, ban hành Nghị quyết số 15.'); // warm up
    const input = INPUTS[name](size);
    const t0 = performance.now();
    const r = extractor.extract(input);
    const ms = performance.now() - t0;
    parentPort.postMessage({ ms, bytes: Buffer.byteLength(input), length: input.length, mentions: r.mentions.length });
  }
  process.exit(0);
}

// ---- main --------------------------------------------------------------------------------
function parseArgs(argv) {
  const opts = { size: 1_000_000, timeout: 120, only: undefined, large: true, largeMB: 50 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--size') opts.size = Number(argv[++i]);
    else if (a === '--timeout') opts.timeout = Number(argv[++i]);
    else if (a === '--only') opts.only = argv[++i];
    else if (a === '--skip-large') opts.large = false;
    else if (a === '--only-large') opts.onlyLarge = true;
    else if (a === '--large-mb') opts.largeMB = Number(argv[++i]);
    else {
      console.error(`unknown argument ${a}`);
      process.exit(2);
    }
  }
  return opts;
}

function inWorker(data, timeoutSec) {
  return new Promise((resolveRun) => {
    const w = new Worker(fileURLToPath(import.meta.url), { workerData: data });
    const timer = setTimeout(() => {
      w.terminate();
      resolveRun({ timeout: true });
    }, timeoutSec * 1000);
    w.on('message', (m) => {
      clearTimeout(timer);
      resolveRun(m);
    });
    w.on('error', (err) => {
      clearTimeout(timer);
      resolveRun({ error: String(err?.stack ?? err) });
    });
  });
}

/** The 50 MB record, in a child process with the default heap: processed or refused, never OOM. */
function largeRecord(mb) {
  const script = `
    import { createExtractor, InputError } from ${JSON.stringify(dist)};
    import { readFileSync, readdirSync, existsSync } from 'node:fs';
    const texts = ${JSON.stringify(realArticles())};
    const unit = texts.join('\\n\\n');
    const copies = Math.ceil((${mb} * 1e6) / (Buffer.byteLength(unit) + 2));
    const text = Array.from({ length: copies }, () => unit).join('\\n\\n');
    const bytes = Buffer.byteLength(text);
    const out = { bytes, length: text.length };
    // Refused cleanly under a configured limit …
    const t1 = performance.now();
    try { createExtractor({ maxLength: 1e6 }).extract(text); out.refused = false; }
    catch (e) { out.refused = e instanceof InputError; out.refusal = e.message; out.refuseMs = performance.now() - t1; }
    // … and processed under the default one.
    const t0 = performance.now();
    try {
      const r = createExtractor().extract(text);
      out.ms = performance.now() - t0; out.mentions = r.mentions.length;
    } catch (e) { out.error = e.name + ': ' + e.message; }
    out.rssMB = Math.round(process.memoryUsage().rss / 1e6);
    console.log(JSON.stringify(out));
  `;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1e8, timeout: 30 * 60 * 1000 });
  if (run.error?.code === 'ETIMEDOUT') return { timedOut: true, crashed: false, minutes: 30 };
  if (run.status !== 0) return { crashed: true, status: run.status, signal: run.signal, stderr: run.stderr.slice(-2000) };
  return JSON.parse(run.stdout.trim().split('\n').pop());
}

if (!existsSync(fileURLToPath(dist))) {
  console.error('dist/index.js not found: run `npm run build` first');
  process.exit(2);
}
const opts = parseArgs(process.argv.slice(2));
if (opts.onlyLarge) {
  const t0 = performance.now();
  const big = largeRecord(opts.largeMB);
  console.log(JSON.stringify({ ...big, wallSeconds: Math.round((performance.now() - t0) / 1000) }));
  process.exit(big.crashed || !big.refused || big.error ? 1 : 0);
}
const base = await inWorker({ kind: 'baseline', size: opts.size }, 600);
if (base.error || base.timeout) {
  console.error('baseline failed:', base.error ?? 'timeout');
  process.exit(2);
}
const baseline = Math.min(base.perArticle, base.oneRecord);
console.log(`real articles: ${base.perArticle.toFixed(0)} ms/MB one by one, ${base.oneRecord.toFixed(0)} ms/MB as one ${(opts.size / 1e6).toFixed(1)}M-unit record; baseline ${baseline.toFixed(0)} ms/MB`);
console.log(`limit: ${MAX_RATIO}× the baseline = ${(MAX_RATIO * baseline).toFixed(0)} ms/MB; time limit per input ${opts.timeout} s\n`);

const rows = [];
let worst = { ratio: 0 };
let failed = 0;
for (const name of Object.keys(INPUTS)) {
  if (opts.only && !name.includes(opts.only)) continue;
  const r = await inWorker({ kind: 'input', name, size: opts.size }, opts.timeout);
  let row;
  if (r.timeout) {
    const bytes = Buffer.byteLength(INPUTS[name](opts.size));
    const ratio = (opts.timeout * 1000) / (bytes / 1e6) / baseline;
    row = { name, MB: (bytes / 1e6).toFixed(2), ms: `> ${opts.timeout * 1000}`, 'ms/MB': '-', ratio: `> ${ratio.toFixed(1)}`, mentions: '-', ok: 'TIMEOUT' };
    failed++;
    if (ratio > worst.ratio) worst = { ratio, name };
  } else if (r.error) {
    row = { name, MB: '-', ms: '-', 'ms/MB': '-', ratio: '-', mentions: '-', ok: `ERROR ${r.error.split('\n')[0]}` };
    failed++;
  } else {
    const perMB = r.ms / (r.bytes / 1e6);
    const ratio = perMB / baseline;
    if (ratio > worst.ratio) worst = { ratio, name };
    const ok = ratio <= MAX_RATIO;
    if (!ok) failed++;
    row = { name, MB: (r.bytes / 1e6).toFixed(2), ms: r.ms.toFixed(0), 'ms/MB': perMB.toFixed(0), ratio: ratio.toFixed(2), mentions: r.mentions, ok: ok ? 'ok' : 'SLOW' };
  }
  rows.push(row);
  console.log(`${row.ok.padEnd(7)} ${String(row.ratio).padStart(7)}×  ${String(row['ms/MB']).padStart(7)} ms/MB  ${String(row.ms).padStart(8)} ms  ${row.MB} MB  ${row.mentions} mentions  ${name}`);
}
console.log(`\nworst ratio: ${worst.ratio.toFixed(2)}× (${worst.name ?? '-'}), limit ${MAX_RATIO}×; ${failed} input(s) over the limit or failing`);

if (opts.large && !opts.only) {
  console.log(`\n${opts.largeMB} MB record (child process, default heap):`);
  const big = largeRecord(opts.largeMB);
  if (big.timedOut) {
    console.log(`  not finished within ${big.minutes} min (no crash; too slow on one huge record)`);
    failed++;
  } else if (big.crashed) {
    console.log(`CRASHED: status ${big.status} signal ${big.signal}\n${big.stderr}`);
    failed++;
  } else {
    console.log(`  ${(big.bytes / 1e6).toFixed(1)} MB (${big.length} UTF-16 units); with maxLength 1e6: ${big.refused ? `refused in ${big.refuseMs.toFixed(0)} ms (${big.refusal})` : 'NOT refused'}`);
    if (big.error) console.log(`  default limit: error ${big.error}`);
    else console.log(`  default limit: processed in ${(big.ms / 1000).toFixed(1)} s (${(big.ms / (big.bytes / 1e6)).toFixed(0)} ms/MB, ${(big.ms / (big.bytes / 1e6) / baseline).toFixed(2)}× baseline), ${big.mentions} mentions, rss ${big.rssMB} MB`);
    if (!big.refused) failed++;
  }
}
process.exit(failed ? 1 : 0);
