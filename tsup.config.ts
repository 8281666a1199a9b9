import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // vnpol/vntk is its own entry so that the core never loads vntk's native add-ons.
    entry: { index: 'src/index.ts', vntk: 'src/vntk.ts' },
    external: ['vntk'],
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    // es2022 rather than node20: esbuild's node tables lower every `/\p{…}/u` literal to a
    // `new RegExp()` built again at each call (in the name-finder's and the titles' loops).
    target: 'es2022',
    treeshake: true,
  },
  {
    // The worker script of `--workers N` is loaded by URL beside cli.js: keep it an entry.
    entry: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'es2022',
    // The main thread of the CLI only moves lines between files and workers: a small young
    // generation keeps its heap near what it holds (measured on 200 MB of JSONL with two
    // workers: 238 MB peak RSS without, 188 MB with, same time). `env -S` splits the flag off;
    // npm's Windows shims read it too.
    banner: { js: '#!/usr/bin/env -S node --max-semi-space-size=2' },
  },
]);
