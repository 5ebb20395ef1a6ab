import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The examples runner writes generated files here; they are imported, not collected.
    exclude: ['test/.generated/**', 'node_modules/**'],
    testTimeout: 60_000,
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
