import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // ESM keeps one output module per source module (entries + shared chunks), so that an
    // application's bundler drops every module it does not import ("sideEffects": false). A single
    // bundled file would make it keep every zod schema, whose construction is a call it cannot prove
    // free of side effects.
    entry: ['src/**/*.ts', '!src/cli/**'],
    format: ['esm'],
    splitting: true,
    dts: { entry: { index: 'src/index.ts' } },
    sourcemap: true,
    clean: true,
    target: 'node20',
    treeshake: false,
  },
  {
    // CommonJS: one bundled file (require() loads it whole anyway), with its own .d.cts.
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    target: 'node20',
  },
  {
    // The command-line entry: Node-only, ESM, with a shebang kept from the source.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    clean: false,
    target: 'node20',
  },
]);
