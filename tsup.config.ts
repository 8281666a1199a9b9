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
    target: 'node20',
    treeshake: true,
  },
  {
    // The worker script of `--workers N` is loaded by URL beside cli.js: keep it an entry.
    entry: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
