/**
 * A private copy of the built CLI for the CLI tests (under node_modules, so that its imports
 * resolve): a rebuild of dist/ by another test run (tsup cleans the folder first) cannot
 * pull it from under a test that is spawning it.
 */
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './helpers.js';

const NEEDED = ['cli.js', 'cli-worker.js'];

export function privateCli(tag: string): { cli: string; cleanup: () => void } {
  const dir = join(root, 'node_modules', '.cache', `vnpol-${tag}-${process.pid}`);
  for (let attempt = 0; ; attempt++) {
    rmSync(dir, { recursive: true, force: true });
    try {
      cpSync(join(root, 'dist'), dir, { recursive: true });
      if (NEEDED.every((f) => existsSync(join(dir, f)))) break;
    } catch {
      // dist/ is being rebuilt: try again
    }
    if (attempt === 30) throw new Error('dist/ is not built (npm run build)');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2000);
  }
  return { cli: join(dir, 'cli.js'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
