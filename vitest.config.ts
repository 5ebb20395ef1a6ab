import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The examples runner writes generated files here; they are imported, not collected. The
    // end-to-end checks (Chromium, Jupyter) run after the build, by vitest.e2e.config.ts, and the
    // command-line tests run the built bin: `npm run test:cli` runs them after the build.
    exclude: ['test/.generated/**', 'node_modules/**', 'test/**/*.e2e.test.ts', 'test/cli/**'],
    testTimeout: 60_000,
    // Test files share one module graph per worker instead of importing zod and src/ afresh each
    // (the suite spent two thirds of its time importing: 62 s became about 20 s). Safe because
    // nothing in src/ keeps state that changes a result (STYLE.md) and no test mocks a module or
    // changes globals; the suite passes with files and tests shuffled (--sequence.shuffle).
    isolate: false,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // The CLI is exercised end to end by its own tests in a child process, which v8 cannot see.
      exclude: ['src/cli/**'],
      reporter: ['text-summary', 'json-summary', 'html'],
      reportsDirectory: 'coverage',
      thresholds: { lines: 90, branches: 85, functions: 90, statements: 90 },
    },
  },
});
