/**
 * The `vnpol` command. `vnpol extract [FILES|FOLDERS|-]` writes one JSON line per input
 * record, in input order; a record that cannot be processed becomes {"id","error"} on stdout
 * and a message on stderr, the batch goes on, and the exit status is 1. See docs/cli.md.
 */
import { parseArgs } from 'node:util';
import pkg from '../../package.json' with { type: 'json' };
import type { MentionType } from '../schema/index.js';
import { runExtract, type ExtractIO } from './extract.js';
import type { OutputFormat } from './error-record.js';
import { parseShard } from './shard.js';
import { CLI_MENTION_TYPES as MENTION_TYPES } from './types.js';

const HELP = `vnpol ${pkg.version} — structured records from Vietnamese political news

Usage:
  vnpol extract [FILES|FOLDERS|-] [options]   extract records, one JSON line per article
  vnpol schema                                print the JSON Schema of an output line
  vnpol --help | --version

Input: .txt files (id = file name), .html/.htm files, .jsonl/.ndjson files with records
{"id": …, "text": …, "referenceDate"?: "YYYY-MM-DD"}, any of these gzipped (.gz), and
JSONL on stdin ("-", or no FILES). Folders are read recursively, in name order.

Options for extract:
  --format FORMAT          jsonl (default), csv (one row per mention: id, type,
                           start, end, text, value) or pretty
  --pretty                 same as --format pretty: a readable summary
  --types LIST             only these record types (${MENTION_TYPES.join(',')})
  --explain                add the id of the producing rule to every mention
  --reference-date DATE    date to resolve partial dates against (default: the
                           record's referenceDate, else the article's dateline)
  --html                   the "text" of JSONL records is HTML (.html files always
                           are); the output then carries the plain text as "text"
  -w, --workers N          worker threads (default: the machine's cores; 1 = none)
  -o, --output FILE        write to FILE instead of stdout, whole lines only
  --resume                 with --output: skip the ids FILE already holds, drop a
                           partial last line, append the rest
  --shard I/N              only records whose id hashes (FNV-1a) to I mod N
  --max-line-bytes N       longer JSONL lines become error records (default 64 MiB)
  --batch-size N           records per batch sent to a worker (default 64; a batch
                           also ends at 64 KB of input)
  -q, --quiet              no progress line or summary
  --verbose                a summary line on stderr even when it is not a terminal

Exit status: 0 when every record was processed, 1 when any failed, 2 on bad usage,
130 when interrupted (SIGINT; 143 for SIGTERM): rerun with --resume to complete.
`;

class UsageError extends Error {}

/** Set when the run was interrupted: exit at once, without waiting for stdin to close. */
let exitNow = false;

export async function main(argv: readonly string[], io: ExtractIO = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        pretty: { type: 'boolean' },
        'reference-date': { type: 'string' },
        types: { type: 'string' },
        explain: { type: 'boolean' },
        format: { type: 'string' },
        html: { type: 'boolean' },
        workers: { type: 'string', short: 'w' },
        output: { type: 'string', short: 'o' },
        resume: { type: 'boolean' },
        shard: { type: 'string' },
        'max-line-bytes': { type: 'string' },
        'batch-size': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        verbose: { type: 'boolean' },
      },
    });
  } catch (err) {
    io.stderr.write(`vnpol: ${(err as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    io.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') {
    io.stdout.write(HELP);
    return 0;
  }
  try {
    if (command === 'schema') {
      const { jsonSchema } = await import('../schema/index.js');
      io.stdout.write(`${JSON.stringify(jsonSchema(), null, 2)}\n`);
      return 0;
    }
    if (command === 'extract') return await extractCommand(rest, values, io);
    throw new UsageError(`unknown command "${command}"`);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr.write(`vnpol: ${err.message}\n\n${HELP}`);
    return 2;
  }
}

interface ExtractFlags {
  pretty?: boolean;
  'reference-date'?: string;
  types?: string;
  explain?: boolean;
  format?: string;
  html?: boolean;
  workers?: string;
  output?: string;
  resume?: boolean;
  shard?: string;
  'max-line-bytes'?: string;
  'batch-size'?: string;
  quiet?: boolean;
  verbose?: boolean;
}

function parseTypes(list: string | undefined): MentionType[] | undefined {
  if (list === undefined) return undefined;
  const types = list.split(',').map((t) => t.trim()).filter(Boolean);
  const unknown = types.filter((t) => !(MENTION_TYPES as readonly string[]).includes(t));
  if (unknown.length) throw new UsageError(`unknown record type(s): ${unknown.join(', ')}`);
  return types as MentionType[];
}

function positiveInt(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new UsageError(`${flag} needs a positive whole number, got "${value}"`);
  return Number(value);
}

async function extractCommand(paths: string[], flags: ExtractFlags, io: ExtractIO): Promise<number> {
  const format = (flags.pretty ? 'pretty' : (flags.format ?? 'jsonl')) as OutputFormat;
  if (!['jsonl', 'csv', 'pretty'].includes(format)) throw new UsageError(`unknown --format "${flags.format}" (jsonl, csv or pretty)`);
  if (flags.pretty && flags.format && flags.format !== 'pretty') throw new UsageError('--pretty and --format disagree');
  if (flags.resume && !flags.output) throw new UsageError('--resume needs --output FILE');
  if (flags.resume && format !== 'jsonl') throw new UsageError('--resume works with --format jsonl only');
  const shard = flags.shard === undefined ? undefined : (parseShard(flags.shard) ?? undefined);
  if (flags.shard !== undefined && !shard) throw new UsageError(`--shard needs I/N with 0 ≤ I < N, got "${flags.shard}"`);
  const result = await runExtract(paths, {
    format,
    types: parseTypes(flags.types),
    explain: flags.explain,
    referenceDate: flags['reference-date'],
    workers: positiveInt(flags.workers, '--workers'),
    html: flags.html ?? false,
    output: flags.output,
    resume: flags.resume ?? false,
    shard,
    quiet: flags.quiet ?? false,
    verbose: flags.verbose ?? false,
    maxLineBytes: positiveInt(flags['max-line-bytes'], '--max-line-bytes') ?? 64 * 1024 * 1024,
    batchItems: positiveInt(flags['batch-size'], '--batch-size'),
  }, io);
  if (result.interrupted) exitNow = true;
  return result.code;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    if (exitNow) process.exit(code);
  },
  (err) => {
    process.stderr.write(`vnpol: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 2;
  },
);
