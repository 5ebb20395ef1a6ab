import { describe, expect, it } from 'vitest';
import { expectGolden } from './support/golden.js';
import { runCli } from './support/run-cli.js';

describe('partner-alignment economics', () => {
  it("shows the partner's profit by source and the levers, ranked, with their motives", async () => {
    const run = await expectGolden('economics-table', ['economics', 'northwind.yaml']);
    expect(run.code).toBe(0);
  });

  it('reads vendor revenue from the actuals, and writes JSON, CSV and Markdown', async () => {
    await expectGolden('economics-json', [
      'economics',
      'lumen.json',
      '--source',
      'actuals',
      '--format',
      'json',
    ]);
    await expectGolden('economics-csv', [
      'economics',
      'lumen.json',
      '--source',
      'actuals',
      '--format',
      'csv',
      '--table',
      'levers',
    ]);
    await expectGolden('economics-md', [
      'economics',
      'lumen.json',
      '--source',
      'actuals',
      '--format',
      'md',
      '--locale',
      'fr-FR',
    ]);
  });

  it('says what is missing for a document without an economics profile', () => {
    const starter = runCli(['init', '--start', '2026-07-01']).stdout;
    const run = runCli(['economics', '-'], { input: starter });
    expect([run.code, run.stderr]).toEqual([
      1,
      'stdin: no economics profile; add an "economics" section that names the vendor-revenue objective (see docs/documents.md) to compute the partner\'s economics\n',
    ]);
  });
});
