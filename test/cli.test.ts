import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, describe, expect, test } from 'vitest';
import { privateCli } from './cli-dist.js';
import { fixture } from './helpers.js';

const { cli, cleanup } = privateCli('cli');
afterAll(cleanup);

const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8' });
const seedPath = fixture('hanoi-2019-07-30-chuan-bi-dai-hoi.txt');

describe('vnpol extract', () => {
  test.skipIf(process.platform === 'win32')('runs as the installed bin does, through its shebang and its node flag', () => {
    const r = spawnSync(cli, ['extract'], { input: JSON.stringify({ id: 'a', text: 'Sáng 30/7, họp.', referenceDate: '2019-07-30' }), encoding: 'utf8' });
    expect(readFileSync(cli, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env -S node --max-semi-space-size=2');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).mentions[0]).toMatchObject({ type: 'date', value: '2019-07-30' });
  });

  test('a JSONL batch with bad lines: good records in order, one error record each, exit 1', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Sáng 30/7, họp.', referenceDate: '2019-07-30' }),
      '{not json',
      JSON.stringify({ id: 'b', text: 'Ngày 8/7/2019.' }),
      JSON.stringify({ id: 'c', text: 42 }),
      '',
      JSON.stringify({ id: 'd', text: 'năm 2020' }),
    ].join('\n');
    const r = run(['extract'], input);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'stdin:2', 'b', 'c', 'd']);
    expect(lines.filter((l) => l.error).map((l) => l.id)).toEqual(['stdin:2', 'c']);
    expect(lines[0].mentions[0]).toMatchObject({ type: 'date', value: '2019-07-30' });
    expect(r.stderr).toMatch(/stdin:2/);
    expect(r.stderr).toMatch(/c: .*text/);
  });

  test('a .txt file: id is the file name', () => {
    const r = run(['extract', seedPath]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.id).toBe('hanoi-2019-07-30-chuan-bi-dai-hoi');
    expect(out.referenceDate).toBe('2019-07-30');
  });

  test('a missing file is an error record, not a crash', () => {
    const r = run(['extract', 'no/such/file.txt', seedPath]);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0].error).toMatch(/ENOENT/);
  });

  test('--pretty prints a readable summary', () => {
    const r = run(['extract', '--pretty', seedPath]);
    expect(r.stdout).toMatch(/^# hanoi-2019-07-30-chuan-bi-dai-hoi/);
    expect(r.stdout).toMatch(/Dates \(\d+\)/);
  });

  test('--help, --version and bad usage', () => {
    expect(run(['--help']).stdout).toMatch(/vnpol extract/);
    expect(run(['--version']).stdout.trim()).toBe(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version);
    expect(run(['frobnicate']).status).toBe(2);
    expect(run(['extract', '--types', 'people']).status).toBe(2);
  });
});

describe('vnpol schema', () => {
  test("validates the CLI's output for the seed article", () => {
    const schema = JSON.parse(run(['schema']).stdout);
    const validate = new Ajv2020({ strict: false }).compile(schema);
    const out = JSON.parse(run(['extract', seedPath]).stdout);
    expect(validate(out), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ id: 'x', error: 'bad' })).toBe(true);
    expect(validate({ mentions: [{ type: 'date' }] })).toBe(false);
  });
});
