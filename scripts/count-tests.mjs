// Prints one plain line, `N passed, N failed`, summed over every vitest JSON report in reports/
// (the main run, the time-zone runs, the browser and the notebook checks). CI reads this line;
// vitest's own summary is not read.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const folder = new URL('../reports/', import.meta.url);
const files = existsSync(folder)
  ? readdirSync(folder).filter((f) => /^vitest.*\.json$/.test(f))
  : [];
let passed = 0;
let failed = 0;
for (const file of files) {
  const report = JSON.parse(readFileSync(new URL(file, folder), 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numRuntimeErrorTests ?? 0);
  // A test file that failed to load has no tests in the counts: count it as a failure.
  failed += (report.testResults ?? []).filter(
    (r) => r.status === 'failed' && (r.assertionResults ?? []).length === 0,
  ).length;
}
console.log(`${passed} passed, ${failed} failed`);
