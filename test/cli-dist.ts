/**
 * A private copy of the built CLI for the CLI tests (under node_modules, so that its imports
 * resolve): a rebuild of dist/ by another test run (tsup cleans the folder first) cannot
 * pull it from under a test that is spawning it. A copy is taken only when it is whole:
 * cli.js, cli-worker.js and every chunk they import, transitively, present and non-empty.
 */
import { cpSync, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './helpers.js';

/** Every local module `entries` import, transitively; false when one is missing or empty. */
export function wholeBuild(dir: string, entries: readonly string[]): boolean {
  const seen = new Set<string>();
  const todo = [...entries];
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const path = join(dir, file);
    if (!existsSync(path) || statSync(path).size === 0) return false;
    for (const m of readFileSync(path, 'utf8').matchAll(/(?:from\s*|import\s*\(\s*)["']\.\/([^"']+\.js)["']/g)) todo.push(m[1]!);
  }
  return true;
}

export function privateCli(tag: string): { cli: string; cleanup: () => void } {
  const dir = join(root, 'node_modules', '.cache', `vnpol-${tag}-${process.pid}`);
  for (let attempt = 0; ; attempt++) {
    rmSync(dir, { recursive: true, force: true });
    try {
      cpSync(join(root, 'dist'), dir, { recursive: true });
      if (wholeBuild(dir, ['cli.js', 'cli-worker.js'])) break;
    } catch {
      // dist/ is being rebuilt: try again
    }
    if (attempt === 30) throw new Error('dist/ is not built (npm run build)');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2000);
  }
  return { cli: join(dir, 'cli.js'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
