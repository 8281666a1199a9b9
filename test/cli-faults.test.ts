/**
 * CLI faults (issue 7): a run killed mid-way (SIGKILL, or SIGINT → exit 130) leaves only
 * whole lines in --output (a partial last line, as a kill in the middle of a write would
 * leave, is dropped on --resume), and `--resume` completes it: every id exactly once.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { pathToFileURL } from 'node:url';
import { WorkerPool } from '../src/cli/pool.js';
import { lineId, prepareResume } from '../src/cli/resume.js';
import { privateCli } from './cli-dist.js';

const { cli, cleanup } = privateCli('faults');
afterAll(cleanup);

const N = 3000;
const TEXTS = ['Ngày 8/7/2019, Thành ủy họp lần', 'Sáng 30/7, Ban Thường vụ ban hành Kế hoạch số', 'Có 77 xã, phường và hơn 1.200 đảng viên, mục'];
const records = Array.from({ length: N }, (_, i) => JSON.stringify({ id: `r${i}`, text: `${TEXTS[i % TEXTS.length]} ${i}.`, referenceDate: '2019-07-30' }) + '\n');
const dir = mkdtempSync(join(tmpdir(), 'vnpol-cli-faults-'));
const inputFile = join(dir, 'input.jsonl');
writeFileSync(inputFile, records.join(''));

function countLines(file: string): number {
  if (!existsSync(file)) return 0;
  const buf = readFileSync(file);
  let n = 0;
  for (const b of buf) if (b === 0x0a) n++;
  return n;
}

async function waitFor(cond: () => boolean, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

function exec(args: string[]): Promise<{ status: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('close', (status, signal) => resolve({ status, signal, stderr }));
  });
}

/** Starts a run reading stdin, feeds it part of the input (stdin stays open: the run is mid-way), kills it once output appeared. */
async function killMidRun(out: string, signal: NodeJS.Signals, workers: string): Promise<{ status: number | null; signal: NodeJS.Signals | null }> {
  const child = spawn(process.execPath, [cli, 'extract', '-', '--output', out, '--workers', workers, '--quiet'], { stdio: ['pipe', 'ignore', 'inherit'] });
  const closed = new Promise<{ status: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (status, sig) => resolve({ status, signal: sig })));
  child.stdin.on('error', () => {});
  child.stdin.write(records.slice(0, (N * 2) / 3).join(''));
  let exited = false;
  void closed.then(() => (exited = true));
  try {
    await waitFor(() => exited || countLines(out) >= 10, 90_000); // slow only on a loaded machine: the first record compiles the rules
    if (exited) throw new Error('the CLI stopped before it was killed');
  } finally {
    child.kill(signal);
  }
  return closed;
}

function checkComplete(out: string): void {
  const text = readFileSync(out, 'utf8');
  expect(text.endsWith('\n')).toBe(true);
  const ids = text.split('\n').filter(Boolean).map((l) => JSON.parse(l).id as string);
  expect(ids).toHaveLength(N);
  expect(new Set(ids).size).toBe(N);
  for (let i = 0; i < N; i++) expect(ids).toContain(`r${i}`);
}

describe.concurrent('killed runs, resumed', { timeout: 180_000 }, () => {
  test('SIGKILL mid-run (plus a torn last line), then --resume: every id exactly once', async () => {
    const out = join(dir, 'killed.jsonl');
    const killed = await killMidRun(out, 'SIGKILL', '2');
    expect(killed.signal).toBe('SIGKILL');
    const before = countLines(out);
    expect(before).toBeGreaterThanOrEqual(10);
    expect(before).toBeLessThan(N);
    // What a kill in the middle of a write leaves: a partial line.
    appendFileSync(out, '{"id":"r2999","mentions":[{"start":0,"en');
    const resumed = await exec(['extract', inputFile, '--output', out, '--resume', '--workers', '2', '--verbose']);
    expect(resumed.status).toBe(0);
    expect(resumed.stderr).toMatch(/dropped a partial last line/);
    expect(resumed.stderr).toMatch(/skipped/);
    checkComplete(out);
  });

  test('SIGINT mid-run: exit 130, only whole lines; then --resume completes the run', async () => {
    const out = join(dir, 'interrupted.jsonl');
    const stopped = await killMidRun(out, 'SIGINT', '1');
    expect(stopped.status).toBe(130);
    const text = readFileSync(out, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.split('\n').filter(Boolean);
    expect(lines.length).toBeLessThan(N);
    for (const l of lines) expect(() => JSON.parse(l)).not.toThrow();
    const resumed = await exec(['extract', inputFile, '--output', out, '--resume', '--workers', '1']);
    expect(resumed.status).toBe(0);
    checkComplete(out);
  });
});

describe('prepareResume', () => {
  test('ids of whole lines; a partial last line is cut off', async () => {
    const file = join(dir, 'partial.jsonl');
    writeFileSync(file, '{"id":"a","mentions":[],"people":[]}\n{"id":"b\\"q","error":"x"}\n{"mentions":[],"id":"c","people":[]}\n{"id":"d","ment');
    const state = await prepareResume(file);
    expect([...state.done]).toEqual(['a', 'b"q', 'c']);
    expect(state.droppedBytes).toBe('{"id":"d","ment'.length);
    expect(readFileSync(file, 'utf8').endsWith('"people":[]}\n')).toBe(true);
    expect((await prepareResume(join(dir, 'absent.jsonl'))).done.size).toBe(0);
    expect(lineId('not json')).toBeUndefined();
  });
});

describe('WorkerPool', () => {
  test('a worker that dies fails its batches only; it is replaced, the next batches run; retry runs without heap limits', async () => {
    const script = join(dir, 'fake-worker.mjs');
    writeFileSync(
      script,
      `import { parentPort, resourceLimits } from 'node:worker_threads';
parentPort.on('message', ({ seq, items }) => {
  if (items.some((i) => i.line === 'crash')) process.exit(3);
  if (items.some((i) => i.line === 'big') && resourceLimits.maxOldGenerationSizeMb <= 96) process.exit(4);
  parentPort.postMessage({ seq, results: items.map((i) => ({ out: i.line.toUpperCase() + '\\n' })) });
});`,
    );
    const pool = new WorkerPool(2, { format: 'jsonl' }, pathToFileURL(script));
    const item = (line: string) => ({ kind: 'line' as const, line, where: 'x', html: false, bytes: line.length });
    try {
      const [a, b, c] = await Promise.allSettled([pool.submit([item('a')]), pool.submit([item('crash')]), pool.submit([item('c')])]);
      expect(a).toEqual({ status: 'fulfilled', value: [{ out: 'A\n' }] });
      expect(b.status).toBe('rejected');
      expect(String((b as PromiseRejectedResult).reason)).toMatch(/worker thread stopped/);
      expect(c).toEqual({ status: 'fulfilled', value: [{ out: 'C\n' }] });
      expect(await pool.submit([item('d'), item('e')])).toEqual([{ out: 'D\n' }, { out: 'E\n' }]);
      // A record too big for a pool worker's heap limits runs alone without them.
      await expect(pool.submit([item('big')])).rejects.toThrow(/worker thread stopped/);
      expect(await pool.retry([item('big')])).toEqual([{ out: 'BIG\n' }]);
      await expect(pool.retry([item('crash')])).rejects.toThrow(/worker thread stopped/);
    } finally {
      await pool.close();
    }
  });

  test('workers that cannot start: the pool gives up with the reason (no endless respawning)', async () => {
    const script = join(dir, 'broken-worker.mjs');
    writeFileSync(script, `throw new Error('broken install');`);
    const pool = new WorkerPool(2, { format: 'jsonl' }, pathToFileURL(script));
    try {
      await expect(pool.submit([{ kind: 'line', line: '{}', where: 'x', html: false, bytes: 2 }])).rejects.toThrow(/broken install/);
      await waitFor(() => pool.fatal !== undefined, 20_000);
      await expect(pool.retry([{ kind: 'line', line: '{}', where: 'x', html: false, bytes: 2 }])).rejects.toThrow(/broken install/);
    } finally {
      await pool.close();
    }
  });
});
