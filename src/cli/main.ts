/**
 * The `vnpol` command. `vnpol extract [FILES|FOLDERS|-]` writes one JSON line per input
 * record, in input order; a record that cannot be processed becomes {"id","error"} on stdout
 * and a message on stderr, the batch goes on, and the exit status is 1.
 */
import { parseArgs } from 'node:util';
import pkg from '../../package.json' with { type: 'json' };
import { createExtractor } from '../index.js';
import { MENTION_TYPES, jsonSchema, type MentionType } from '../schema/index.js';
import { readInputs, type InputRecord } from './input.js';
import { pretty } from './pretty.js';

const HELP = `vnpol ${pkg.version} — structured records from Vietnamese political news

Usage:
  vnpol extract [FILES|FOLDERS|-] [options]   extract records, one JSON line per article
  vnpol schema                                print the JSON Schema of an output line
  vnpol --help | --version

Input: .txt files (id = file name), .jsonl files and JSONL on stdin with records
{"id": …, "text": …, "referenceDate"?: "YYYY-MM-DD"}; folders are read recursively.
With no FILES, JSONL is read from stdin.

Options for extract:
  --pretty                 a readable summary instead of JSON lines
  --reference-date DATE    date to resolve partial dates against (default: the
                           record's referenceDate, else the article's dateline)
  --types LIST             only these record types (${MENTION_TYPES.join(',')})
  --explain                add the id of the producing rule to every mention

Exit status: 0 when every record was processed, 1 when any failed, 2 on bad usage.
`;

class UsageError extends Error {}

export async function main(argv: readonly string[], io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }): Promise<number> {
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
      io.stdout.write(`${JSON.stringify(jsonSchema(), null, 2)}\n`);
      return 0;
    }
    if (command === 'extract') return await runExtract(rest, values, io);
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
}

function parseTypes(list: string | undefined): MentionType[] | undefined {
  if (list === undefined) return undefined;
  const types = list.split(',').map((t) => t.trim()).filter(Boolean);
  const unknown = types.filter((t) => !(MENTION_TYPES as readonly string[]).includes(t));
  if (unknown.length) throw new UsageError(`unknown record type(s): ${unknown.join(', ')}`);
  return types as MentionType[];
}

async function runExtract(paths: string[], flags: ExtractFlags, io: { stdin: NodeJS.ReadableStream; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }): Promise<number> {
  const extractor = createExtractor({ types: parseTypes(flags.types), explain: flags.explain });
  let failed = 0;
  for await (const record of readInputs(paths, io.stdin as never)) {
    const line = processRecord(record, extractor.extract, flags);
    if ('error' in line.result) {
      failed++;
      io.stderr.write(`vnpol: ${line.result.id ?? '?'}: ${line.result.error}\n`);
    }
    await write(io.stdout, line.text);
  }
  return failed ? 1 : 0;
}

type Processed = { result: { id?: string; error: string } | Record<string, unknown>; text: string };

function processRecord(record: InputRecord, extract: ReturnType<typeof createExtractor>['extract'], flags: ExtractFlags): Processed {
  if (record.error !== undefined) return errorLine(record.id, record.error);
  try {
    const result = extract(record.text!, { id: record.id, referenceDate: flags['reference-date'] ?? record.referenceDate });
    return { result, text: flags.pretty ? pretty(result) + '\n' : `${JSON.stringify(result)}\n` };
  } catch (err) {
    return errorLine(record.id, err instanceof Error ? err.message : String(err));
  }
}

function errorLine(id: string | undefined, error: string): Processed {
  const result = { ...(id !== undefined ? { id } : {}), error };
  return { result, text: `${JSON.stringify(result)}\n` };
}

function write(stream: NodeJS.WritableStream, text: string): Promise<void> | void {
  if (stream.write(text)) return;
  return new Promise((resolve) => stream.once('drain', () => resolve()));
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`vnpol: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 2;
  },
);
