#!/usr/bin/env node
// npm run eval [-- --show-errors N | --json]: runs the built CLI over ../shared/corpus/dev
// (input from each NAME.txt with the referenceDate of NAME.gold.json) and prints the
// scorer's table. Skips with a message where ../shared is absent (a user's clone).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared');
const corpus = process.env.VNPOL_CORPUS ?? join(shared, 'corpus', 'dev');
const scorer = join(shared, 'eval', 'score.mjs');
if (!existsSync(corpus) || !existsSync(scorer)) {
  console.log(`eval skipped: ${corpus} or ${scorer} not found`);
  process.exit(0);
}

const records = readdirSync(corpus)
  .filter((f) => f.endsWith('.gold.json'))
  .sort()
  .map((f) => {
    const id = f.slice(0, -'.gold.json'.length);
    const gold = JSON.parse(readFileSync(join(corpus, f), 'utf8'));
    const text = readFileSync(join(corpus, `${id}.txt`), 'utf8');
    return JSON.stringify({ id, text, ...(gold.referenceDate ? { referenceDate: gold.referenceDate } : {}) });
  });

const dir = mkdtempSync(join(tmpdir(), 'vnpol-eval-'));
const out = process.env.VNPOL_EVAL_OUT ?? join(dir, 'pred.jsonl');
const run = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'extract'], { input: records.join('\n') + '\n', maxBuffer: 1 << 30 });
if (run.status !== 0) process.stderr.write(run.stderr);
writeFileSync(out, run.stdout);
const score = spawnSync(process.execPath, [scorer, '--gold', corpus, '--pred', out, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(score.status ?? 1);
