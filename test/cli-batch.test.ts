/**
 * The batch CLI at archive scale: streaming inputs (.jsonl.gz, folders, stdin), worker
 * threads (byte-identical to one thread), CSV, --types, HTML, shards, and JSONL with broken
 * bytes, BOM, CRLF and empty lines.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { csvField, csvRows } from '../src/cli/csv.js';
import { htmlToText } from '../src/cli/html.js';
import { decodeUtf8, isBlankBytes, splitLines, splitRawLines } from '../src/cli/lines.js';
import { createProcessor } from '../src/cli/process.js';
import type { Item } from '../src/cli/input.js';
import { createExtractor } from '../src/index.js';
import { fnv1a, inShard, parseShard } from '../src/cli/shard.js';
import { CLI_MENTION_TYPES } from '../src/cli/types.js';
import { MENTION_TYPES } from '../src/schema/index.js';
import { privateCli } from './cli-dist.js';
import { explodingRule, fixture } from './helpers.js';

const { cli, cleanup } = privateCli('batch');
afterAll(cleanup);

// Each run pays the rules' compilation (seconds on a loaded machine): generous timeouts.
vi.setConfig({ testTimeout: 120_000 });

type Run = { status: number | null; stdout: string; stderr: string };
/** Async, so that the test files' CLI runs overlap. */
function run(args: string[], input?: string | Buffer): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.end(input ?? '');
  });
}
const lines = (s: string) => s.split('\n').filter(Boolean).map((l) => JSON.parse(l));

const seed = readFileSync(fixture('hanoi-2019-07-30-chuan-bi-dai-hoi.txt'), 'utf8');
const SHORT = [
  'Sáng 30/7, Thành ủy Hà Nội tổ chức hội nghị.',
  'Ngày 8/7/2019, Ban Thường vụ ban hành Kế hoạch số 155-KH/TU.',
  'Có 77 xã, phường, thị trấn và hơn 1.200 đảng viên "tham gia".',
  'Đồng chí Hoàng Trung Hải, Bí thư Thành ủy, phát biểu.',
  'Đại hội Đảng bộ Thành phố lần thứ XVII, nhiệm kỳ 2020-2025.',
];
let dir: string;
let corpus: string; // JSONL: short records, a few full articles, bad lines

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vnpol-cli-batch-'));
  const recs: string[] = [];
  for (let i = 0; i < 120; i++) {
    if (i % 47 === 20) recs.push('{broken json');
    else if (i === 60) recs.push(JSON.stringify({ id: `a${i}`, text: seed, referenceDate: '2019-07-30' }));
    else recs.push(JSON.stringify({ id: `s${i}`, text: SHORT[i % SHORT.length], ...(i % 2 ? { referenceDate: '2019-07-30' } : {}) }));
  }
  corpus = recs.join('\n') + '\n';
  writeFileSync(join(dir, 'corpus.jsonl'), corpus);
});

describe('streaming inputs', () => {
  test('.jsonl.gz, folders (recursive, name order), .txt, .html and stdin', async () => {
    const tree = join(dir, 'tree');
    mkdirSync(join(tree, 'b', 'c'), { recursive: true });
    writeFileSync(join(tree, 'a.jsonl.gz'), gzipSync(SHORT.slice(0, 3).map((text, i) => JSON.stringify({ id: `gz${i}`, text })).join('\n')));
    writeFileSync(join(tree, 'b', 'c', 'deep.txt'), SHORT[3]!);
    writeFileSync(join(tree, 'b', 'page.html'), `<html><body><p>${SHORT[4]}</p></body></html>`);
    writeFileSync(join(tree, 'b', 'notes.md'), 'ignored: not an input extension');
    writeFileSync(join(tree, 'z.ndjson'), JSON.stringify({ id: 'nd', text: SHORT[0] }) + '\n');
    const r = await run(['extract', tree, '-', '--workers', '1'], JSON.stringify({ id: 'in', text: SHORT[1] }));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = lines(r.stdout);
    expect(out.map((l) => l.id)).toEqual(['gz0', 'gz1', 'gz2', 'deep', 'page', 'nd', 'in']);
    expect(out[0].mentions.some((m: { type: string }) => m.type === 'date')).toBe(true);
    expect(out[4].text).toBe(SHORT[4]);
  });

  test('a corrupt .gz is an error record and the batch goes on', async () => {
    writeFileSync(join(dir, 'bad.jsonl.gz'), 'not gzip at all');
    const r = await run(['extract', join(dir, 'bad.jsonl.gz'), fixture('hanoi-2019-07-30-chuan-bi-dai-hoi.txt')]);
    expect(r.status).toBe(1);
    const out = lines(r.stdout);
    expect(out).toHaveLength(2);
    expect(out[0].error).toMatch(/cannot read .*bad\.jsonl\.gz/);
    expect(out[1].id).toBe('hanoi-2019-07-30-chuan-bi-dai-hoi');
  });
});

describe('--workers', () => {
  test('--workers 2 (small batches, out of order completion) is byte-identical to --workers 1', async () => {
    const file = join(dir, 'corpus.jsonl');
    const [one, two] = await Promise.all([run(['extract', file, '--workers', '1']), run(['extract', file, '--workers', '2', '--batch-size', '3'])]);
    expect(one.status).toBe(1); // the broken lines
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    const out = lines(one.stdout);
    expect(out).toHaveLength(120);
    expect(out.filter((l) => l.error)).toHaveLength(3);
  });
});

describe('--format csv and --types', () => {
  test('one row per mention, RFC 4180 quoting; error rows', async () => {
    const input = [JSON.stringify({ id: 'x,1', text: SHORT[2] }), JSON.stringify({ id: 'y', text: SHORT[0], referenceDate: '2019-07-30' }), '{bad'].join('\n');
    const [csv, json] = await Promise.all([run(['extract', '--format', 'csv'], input), run(['extract'], input)]);
    expect(csv.status).toBe(1);
    const rows = parseCsv(csv.stdout);
    expect(rows[0]).toEqual(['id', 'type', 'start', 'end', 'text', 'value']);
    const expected = lines(json.stdout).flatMap((r) => (r.error ? [[r.id, 'error']] : r.mentions.map((m: { type: string; start: number; end: number; text: string }) => [r.id, m.type, String(m.start), String(m.end), m.text])));
    expect(rows.slice(1).map((r) => r.slice(0, r[1] === 'error' ? 2 : 5))).toEqual(expected);
    expect(csv.stdout).toContain('"x,1"');
    expect(rows.find((r) => r[1] === 'count' && r[5] === '77')?.[4]).toMatch(/^77 xã, phường/);
  });

  test('csvField and csvRows quote commas, quotes and line ends', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(12.5)).toBe('12.5');
    expect(csvRows('r', [{ type: 'date', start: 0, end: 4, text: 'a"b,', value: null }])).toBe('r,date,0,4,"a""b,",\r\n');
  });

  test('--types person,document keeps only those types', async () => {
    const r = await run(['extract', '--types', 'person,document'], JSON.stringify({ id: 'p', text: seed }));
    expect(r.status).toBe(0);
    const [out] = lines(r.stdout);
    expect(out.mentions.length).toBeGreaterThan(0);
    expect(new Set(out.mentions.map((m: { type: string }) => m.type))).toEqual(new Set(['person', 'document']));
  });
});

describe('HTML input', () => {
  const page = `<!doctype html><html><head><title>Trang chủ</title><style>p{color:red}</style>
<script>var x = "Ngày 1/1/2000";</script></head><body>
<header><nav><a href="/">Trang chủ</a> | <a>Thời sự</a></nav></header>
<nav class="menu"><ul><li>Chính trị</li><li>Ngày 2/2/2002</li></ul></nav>
<article><header><h1>Hà Nội chuẩn bị Đại hội</h1></header>
<p>Sáng 30/7, Thành ủy Hà Nội ban hành Kế hoạch số 155-KH/TU &amp; hướng dẫn&nbsp;mới &#8220;quan trọng&#8221; v&agrave; &#7911;ng h&#x1ed9;.</p>
<p>Có 77 xã,<br>phường, thị trấn.</p></article>
<footer>Bản quyền © Báo. Ngày 3/3/2003</footer></body></html>`;

  test('htmlToText drops scripts, styles, navigation and page chrome, decodes entities', () => {
    const text = htmlToText(page);
    expect(text).toContain('Hà Nội chuẩn bị Đại hội\nSáng 30/7, Thành ủy Hà Nội ban hành Kế hoạch số 155-KH/TU & hướng dẫn\u00a0mới “quan trọng” và ủng hộ.');
    expect(text).toContain('Có 77 xã,\nphường, thị trấn.');
    for (const gone of ['var x', 'color:red', 'Trang chủ', 'Chính trị', '2/2/2002', 'Bản quyền', '3/3/2003', '1/1/2000']) expect(text).not.toContain(gone);
  });

  test('.html files and --html JSONL: the output carries the plain text its offsets point into', async () => {
    writeFileSync(join(dir, 'page.html'), page);
    const [file, jsonl] = await Promise.all([
      run(['extract', join(dir, 'page.html'), '--reference-date', '2019-07-30']),
      run(['extract', '--html', '--reference-date', '2019-07-30'], JSON.stringify({ id: 'page', text: page })),
    ]);
    expect(file.status).toBe(0);
    expect(jsonl.stdout).toBe(file.stdout);
    const [out] = lines(file.stdout);
    expect(out.text).toBe(htmlToText(page));
    expect(out.mentions.length).toBeGreaterThan(0);
    for (const m of out.mentions) expect(out.text.slice(m.start, m.end)).toBe(m.text);
    expect(out.mentions.find((m: { type: string }) => m.type === 'date')).toMatchObject({ text: 'Sáng 30/7', value: '2019-07-30' });
    expect(out.mentions.some((m: { text: string }) => m.text.includes('2002') || m.text.includes('2003'))).toBe(false);
  });
});

describe('--shard', () => {
  test('the docs/cli.md recipe (GNU parallel, or xargs -P where it is absent): shards are disjoint, their union is the whole run', async () => {
    const file = join(dir, 'corpus.jsonl');
    const shardCmd = `'${process.execPath}' '${cli}' extract '${file}' --workers 1 --shard {}/3 --output '${dir}/out.{}.jsonl' --quiet`;
    const hasParallel = spawnSync('sh', ['-c', 'command -v parallel'], { encoding: 'utf8' }).status === 0;
    const recipe = hasParallel ? `parallel -j3 "${shardCmd}" ::: 0 1 2` : `printf '0\\n1\\n2\\n' | xargs -P 3 -I{} sh -c "${shardCmd}"`;
    const [full, sharded] = await Promise.all([
      run(['extract', file, '-w', '1']),
      new Promise<number | null>((resolve) => spawn('sh', ['-c', recipe], { stdio: 'ignore' }).on('close', resolve)),
    ]);
    expect(sharded).not.toBe(null);
    const all = full.stdout.split('\n').filter(Boolean);
    const shards = [0, 1, 2].map((i) => readFileSync(join(dir, `out.${i}.jsonl`), 'utf8').split('\n').filter(Boolean));
    for (const s of shards) expect(s.length).toBeGreaterThan(20);
    const union = shards.flat();
    expect(union).toHaveLength(all.length);
    expect(new Set(union)).toEqual(new Set(all));
    shards.forEach((s, i) => {
      for (const line of s) expect(inShard(JSON.parse(line).id, { index: i, count: 3 })).toBe(true);
    });
  });

  test('FNV-1a and --shard parsing', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard('4/4')).toBeNull();
    expect(parseShard('x')).toBeNull();
  });

  test('bad --shard, --resume without --output, --resume with csv: usage errors', async () => {
    const rs = await Promise.all([run(['extract', '--shard', '3/3']), run(['extract', '--resume']), run(['extract', '-o', join(dir, 'x.csv'), '--resume', '--format', 'csv']), run(['extract', '--workers', '0'])]);
    for (const r of rs) expect(r.status).toBe(2);
  });
});

describe('broken JSONL', () => {
  test('invalid UTF-8, a BOM, empty lines, CRLF, blank lines and an over-long line', async () => {
    const input = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(JSON.stringify({ id: 'bom', text: SHORT[0] }) + '\r\n\r\n'),
      Buffer.from('{"id":"bad-bytes","text":"Ngày 8/7/2019 '),
      Buffer.from([0xff, 0xfe, 0xc3]),
      Buffer.from(' họp."}\r\n   \r\n'),
      Buffer.from(JSON.stringify({ id: 'long', text: 'x'.repeat(5000) }) + '\n'),
      Buffer.from(JSON.stringify({ id: 'crlf', text: 'Sáng 30/7, họp.\r\nNgày 8/7/2019.' }) + '\r\n'),
      Buffer.from(JSON.stringify({ id: 'last', text: 'năm 2020' })), // no final line end
    ]);
    const [r, pooled] = await Promise.all([run(['extract', '--max-line-bytes', '4000', '-w', '1'], input), run(['extract', '--max-line-bytes', '4000', '-w', '2', '--batch-size', '2'], input)]);
    // Workers get the lines' bytes and decode them themselves: the same output.
    expect(pooled.stdout).toBe(r.stdout);
    expect(r.status).toBe(1);
    const out = lines(r.stdout);
    expect(out.map((l) => l.id)).toEqual(['bom', 'bad-bytes', 'stdin:5', 'crlf', 'last']);
    expect(out[1].error).toBeUndefined();
    expect(out[1].mentions[0]).toMatchObject({ type: 'date', value: '2019-07-08' });
    expect(out[2].error).toMatch(/over the limit of 4000/);
    expect(out[3].mentions.length).toBeGreaterThanOrEqual(2);
    expect(r.stderr).toMatch(/stdin:5/);
  });

  test('splitRawLines: bytes without line ends, the BOM dropped from the first line only; isBlankBytes', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a\r\n'), Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('b\n \t\r\n'), Buffer.from([0xff])]);
    const got: (number[] | null)[] = [];
    for await (const l of splitRawLines((async function* () { yield bytes; })())) got.push(l.raw && [...l.raw]);
    expect(got).toEqual([[0x61], [0xef, 0xbb, 0xbf, 0x62], [0x20, 0x09], [0xff]]);
    expect(isBlankBytes(Buffer.from(' \t\r'))).toBe(true);
    expect(isBlankBytes(Buffer.from([0x20, 0xef, 0xbb, 0xbf, 0x20]))).toBe(true);
    expect(isBlankBytes(Buffer.from([0xef, 0xbb]))).toBe(false);
    expect(isBlankBytes(Buffer.from(' x'))).toBe(false);
    expect(decodeUtf8(Buffer.from([0x68, 0xff, 0xc3]))).toBe('h\ufffd\ufffd');
  });

  test('splitLines: chunks cut anywhere, multi-byte characters split across chunks', async () => {
    const text = 'Thành ủy\r\nhoà\n\nx';
    const bytes = Buffer.from('\ufeff' + text);
    for (let cut = 1; cut < bytes.length; cut++) {
      const got: (string | null)[] = [];
      for await (const l of splitLines(
        (async function* () {
          yield bytes.subarray(0, cut);
          yield bytes.subarray(cut);
        })(),
      ))
        got.push(l.text);
      expect(got).toEqual(['Thành ủy', 'hoà', '', 'x']);
    }
  });
});

describe('error records', () => {
  test('a rule that throws becomes {"id","error","rule"}; the other records of the batch are processed', () => {
    const extractor = createExtractor({ extractors: [{ type: 'date', rules: [explodingRule('date.boom')] }], refiners: [] });
    const processor = createProcessor({ format: 'jsonl' }, extractor);
    const line = (id: string, text: string, n: number): Item => ({ kind: 'line', line: JSON.stringify({ id, text }), where: `stdin:${n}`, html: false, bytes: 10 });
    const [before, bad, unreadable, good] = processor.process([line('a', 'fine', 1), line('k', 'boom', 2), { kind: 'line', line: '{"id":', where: 'stdin:3', html: false, bytes: 6 }, { kind: 'line', line: new TextEncoder().encode(JSON.stringify({ id: 'g', text: 'fine' })), where: 'stdin:4', html: false, bytes: 10 }]);
    expect(JSON.parse(bad!.out)).toEqual({ id: 'k', error: 'rule date.boom failed: exploded', rule: 'date.boom' });
    expect(bad!.error).toMatch(/^k: rule date\.boom failed/);
    expect(JSON.parse(unreadable!.out)).toMatchObject({ error: expect.any(String) });
    for (const [result, id] of [[before, 'a'], [good, 'g']] as const) expect(JSON.parse(result!.out)).toEqual({ id, mentions: [], people: [] });
  });

  test("the CLI's list of mention types is the schema's", () => {
    expect(CLI_MENTION_TYPES).toEqual(MENTION_TYPES);
  });

  test('the JSON Schema admits the rule field and the HTML text field', async () => {
    const r = spawnSync(process.execPath, [cli, 'schema'], { encoding: 'utf8' });
    const schema = JSON.parse(r.stdout);
    expect(JSON.stringify(schema)).toContain('"rule"');
  });
});

/** A small RFC 4180 reader for the test. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < s.length) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i++;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && s[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
    i++;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}
